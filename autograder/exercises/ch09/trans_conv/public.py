"""`trans_conv(X, K)` (§9.10): the two-dimensional transposed convolution of one channel,
stride 1, no padding; what the student sees, the public checks and the named mistakes.

``Y[i:i + kh, j:j + kw] += X[i, j] * K`` for every entry of ``X``: ``Y`` has shape
``(h + kh - 1, w + kw - 1)``. MXNet's ``nd.Deconvolution`` of a (1, 1, h, w) input with a
(1, 1, kh, kw) weight computes the same (it does not flip the kernel). The result is the
full convolution of X and K, symmetric in the two: looping over K's entries instead of X's
is as good."""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch05.corr2d.public import CONVOLUTION, corr_tol

SECTION = "§9.10 全卷积网络（FCN）"
CONVOLUTIONS = CONVOLUTION | {"im2col", "col2im"}
FORBIDDEN = Forbidden(ops=CONVOLUTIONS,
                      what=("nd.Deconvolution / nn.Conv2DTranspose (or another convolution "
                            "operator)"))
ITEM_ASSIGNMENT = ("autograd cannot record in-place updates such as Y[i:i + kh, j:j + kw] += "
                   "...: build Y from whole-array operations, e.g. Y = Y + (X[i, j] * K "
                   "placed into zeros of Y's shape with nd.pad or nd.concat), or the sum over "
                   "the kernel's entries of K[a, b] times X shifted by (a, b)")
HINTS = [("Inplace operations", ITEM_ASSIGNMENT)]


def transposed(X, K):
    """The transposed convolution in float64 NumPy (the formula, for the diagnoses)."""
    X, K = np.asarray(X, "float64"), np.asarray(K, "float64")
    (h, w), (kh, kw) = X.shape, K.shape
    Y = np.zeros((h + kh - 1, w + kw - 1))
    for i in range(h):
        for j in range(w):
            Y[i:i + kh, j:j + kw] += X[i, j] * K
    return Y


def tol(X, K):
    """Each output sums at most K.size products, as a cross-correlation's."""
    return corr_tol(X, K)


def diagnose(got, X, K, expected):
    """The named mistakes of a forward result: the convolution's output shape, the kernel's
    height and width swapped, the kernel flipped."""
    arr = as_array(got)
    if arr is None:
        return None
    arr = np.asarray(arr)
    (h, w), (kh, kw) = np.shape(X), np.shape(K)
    if arr.shape == (h - kh + 1, w - kw + 1) and arr.shape != np.shape(expected):
        return (f"trans_conv of a {(h, w)} input with a {(kh, kw)} kernel gave shape "
                f"{arr.shape}, the shape of the convolution's output: the transposed "
                f"convolution enlarges its input to (h + kh - 1, w + kw - 1) = "
                f"{(h + kh - 1, w + kw - 1)}, each X[i, j] adding X[i, j] * K into "
                "Y[i:i + kh, j:j + kw]")
    if kh != kw and arr.shape == (h + kw - 1, w + kh - 1):
        return (f"the output has shape {arr.shape}: the kernel's height and width are swapped "
                "(K has kh = K.shape[0] rows and kw = K.shape[1] columns)")
    rtol, atol = tol(X, K)
    turned = transposed(X, np.asarray(K).T) if kh == kw else None
    if (turned is not None and arr.shape == np.shape(expected)
            and np.allclose(arr, turned, rtol=rtol, atol=atol)
            and not np.allclose(turned, expected, rtol=rtol, atol=atol)):
        return ("the kernel's height and width are swapped: the result is that of K.T; "
                "X[i, j] * K itself goes into Y[i:i + kh, j:j + kw], K[a, b] at Y[i + a, j + b]")
    flipped = transposed(X, np.asarray(K)[::-1, ::-1])
    if (arr.shape == np.shape(expected) and np.allclose(arr, flipped, rtol=rtol, atol=atol)
            and not np.allclose(flipped, expected, rtol=rtol, atol=atol)):
        return ("the kernel is flipped (turned by 180 degrees): nd.Deconvolution adds "
                "X[i, j] * K itself into Y[i:i + kh, j:j + kw]; the zero-padded "
                "cross-correlation with K unflipped is the transposed convolution with the "
                "flipped kernel")
    return None


def _forward(fn, cases):
    for i in range(2):
        X, K, expected = cases[f"X{i}"], cases[f"K{i}"], cases[f"out{i}"]
        got = fn(nd.array(X), nd.array(K))
        problem = diagnose(got, X, K, expected) or mismatch(
            got, expected, *tol(X, K),
            name=f"trans_conv of a {X.shape} input with a {K.shape} kernel")
        if problem:
            return problem
    return None


def _gradient(fn, cases):
    X, K, head = nd.array(cases["X1"]), nd.array(cases["K1"]), nd.array(cases["head"])
    X.attach_grad()
    K.attach_grad()
    try:
        with autograd.record():
            Y = fn(X, K)
    except Exception as exc:
        if "Inplace operations" in str(exc):
            return ITEM_ASSIGNMENT
        raise
    if not isinstance(Y, nd.NDArray) or Y.shape != head.shape:
        return f"the result should be an NDArray of shape {head.shape}"
    try:
        Y.backward(head)
    except Exception:  # noqa: BLE001 - MXNet refuses a result outside the graph
        return ("autograd could not differentiate the result; it is not connected to the "
                "inputs (was it computed through NumPy or .asnumpy()?)")
    return (mismatch(X.grad, cases["grad_X"], 1e-4, tol(cases["head"], cases["K1"])[1],
                     name="the gradient of X")
            or mismatch(K.grad, cases["grad_K"], 1e-4, tol(cases["head"], cases["X1"])[1],
                        name="the gradient of K"))


CHECKS = [
    ("matches nd.Deconvolution on the worked example and a recorded input", _forward),
    ("autograd can differentiate it (recorded gradients of X and K)", _gradient),
]
