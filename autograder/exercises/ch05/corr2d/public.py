"""`corr2d` (§5.1): what the student sees, the public checks and the named mistakes.

Also the chapter's list of convolution operators, which every cross-correlation exercise
forbids, the tolerance of a cross-correlation computed in float32, and the grader's correct
``corr2d`` (``STAND_IN``, built on the ``d2l`` package's copy, which this exercise forbids)
for the exercises built on it.
"""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import EPS32, as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§5.1 二维卷积层"

# Every operator that slides a kernel over an image, including the transposed convolution
# (a cross-correlation with a flipped kernel), the deformable convolutions (with zero
# offsets, a convolution) and MXNet's optical-flow Correlation.
CONVOLUTION = frozenset({"Convolution", "Deconvolution", "Correlation", "DeformableConvolution",
                         "ModulatedDeformableConvolution"})
CONVOLUTION_WHAT = "nd.Convolution / nn.Conv2D (or another convolution operator)"

FORBIDDEN = Forbidden(ops=CONVOLUTION, funcs=("d2l.corr2d", f"{__name__}.stand_in"),
                      what=f"{CONVOLUTION_WHAT} or d2l.corr2d")

ITEM_ASSIGNMENT = ("autograd cannot record item assignment such as Y[i, j] = ...: build Y "
                   "from whole-array operations, for example the sum over the kernel's "
                   "entries of K[a, b] * X[a:a + h_out, b:b + w_out]")
NOT_DIFFERENTIABLE = ("autograd could not differentiate the result; it is not connected to "
                      "the inputs (was it computed outside autograd, e.g. through NumPy or "
                      ".asnumpy()?)")
HINTS = [("Inplace operations", ITEM_ASSIGNMENT)]


def stand_in(X, K):
    """The grader's correct corr2d: the d2l package's."""
    from d2l import cnn  # the course library, mounted next to this package

    return cnn.corr2d(X, K)


STAND_IN = stand_in


def corr_tol(X, K):
    """``(rtol, atol)`` for a cross-correlation of ``X`` with ``K`` computed in float32 in
    any order: each output sums m = K.size products of magnitude at most max|X| max|K|, and
    float32 rounds each partial sum by eps, so two sound orders of summation differ by less
    than m * m * eps * max|X| max|K| (generous; any mistake is off by far more)."""
    X, K = np.asarray(as_array(X)), np.asarray(as_array(K))
    m = K.size
    largest = float(np.max(np.abs(X))) * float(np.max(np.abs(K))) if X.size and m else 0.0
    return 1e-5, 1e-6 + m * m * EPS32 * largest


# --- the named mistakes ----------------------------------------------------------------


def off_by_one(got, x_shape, k_shape):
    """The output is one row and one column short."""
    arr = as_array(got)
    (h, w), (kh, kw) = x_shape, k_shape
    if arr is not None and arr.shape == (h - kh, w - kw):
        return (f"corr2d of a {tuple(x_shape)} input with a {tuple(k_shape)} kernel gave "
                f"shape {arr.shape}: off by one, the output has n_h - k_h + 1 rows and "
                "n_w - k_w + 1 columns")
    return None


def swapped_sides(got, x_shape, k_shape):
    """The kernel's height was read as its width."""
    arr = as_array(got)
    (h, w), (kh, kw) = x_shape, k_shape
    if arr is not None and kh != kw and arr.shape == (h - kw + 1, w - kh + 1):
        return (f"the output has shape {arr.shape}: the kernel's height and width are "
                "swapped (K has k_h = K.shape[0] rows and k_w = K.shape[1] columns)")
    return None


def flipped_kernel(got, expected, flipped, tol):
    """The kernel was turned by 180 degrees (``flipped``: corr2d(X, K[::-1, ::-1]))."""
    arr = as_array(got)
    rtol, atol = tol
    if (arr is not None and arr.shape == np.shape(expected)
            and np.allclose(arr, flipped, rtol=rtol, atol=atol)
            and not np.allclose(flipped, expected, rtol=rtol, atol=atol)):
        return ("the kernel is flipped: that is the convolution of signal processing. "
                "Convolution layers in deep learning (nd.Convolution, nn.Conv2D) compute "
                "the cross-correlation Y[i, j] = sum over a, b of X[i + a, j + b] * K[a, b], "
                "without turning K around")
    return None


def diagnose(got, x_shape, k_shape, expected, flipped, tol):
    """Any named mistake of a forward result."""
    return (off_by_one(got, x_shape, k_shape) or swapped_sides(got, x_shape, k_shape)
            or flipped_kernel(got, expected, flipped, tol))


def item_assignment(exc):
    """The book's ``Y[i, j] = ...`` under autograd.record()."""
    return ITEM_ASSIGNMENT if "Inplace operations" in str(exc) else None


# --- the public checks -------------------------------------------------------------------

CASES = 2  # recorded inputs: a one-row kernel (1, 2), then a (2, 3) kernel


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _forward(fn, cases):
    for i in range(CASES):
        X, K = cases[f"X{i}"], cases[f"K{i}"]
        got = fn(_nd(X), _nd(K))
        expected = cases[f"out{i}"]
        tol = corr_tol(X, K)
        problem = (diagnose(got, X.shape, K.shape, expected, cases[f"flipped{i}"], tol)
                   or mismatch(got, expected, *tol,
                               name=f"corr2d of a {X.shape} input with a {K.shape} kernel"))
        if problem:
            return problem
    return None


def gradients(fn, arrays, head, expected, names):
    """Back-propagate ``head`` through ``fn(*arrays)`` and compare the arrays' gradients
    with ``expected``; a message naming what went wrong, or None."""
    inputs = [_nd(a) for a in arrays]
    for x in inputs:
        x.attach_grad()
    try:
        with autograd.record():
            Y = fn(*inputs)
    except Exception as exc:  # name the book's item assignment
        if item_assignment(exc):
            return item_assignment(exc)
        raise
    if not isinstance(Y, nd.NDArray) or Y.shape != head.shape:
        return f"the result should be an NDArray of shape {head.shape}"
    try:
        Y.backward(_nd(head))
    except Exception:  # noqa: BLE001 - MXNet refuses a result outside the graph
        return NOT_DIFFERENTIABLE
    for x, want, name in zip(inputs, expected, names):
        tol = corr_tol(head, arrays[1]) if name == "X" else corr_tol(head, arrays[0])
        problem = mismatch(x.grad, want, 1e-4, tol[1], name=f"the gradient of {name}")
        if problem:
            return problem
    return None


def _gradient(fn, cases):
    return gradients(fn, [cases["X1"], cases["K1"]], cases["head"],
                     [cases["grad_X"], cases["grad_K"]], ["X", "K"])


CHECKS = [
    ("matches nd.Convolution on recorded inputs", _forward),
    ("autograd can differentiate it (recorded gradients)", _gradient),
]
