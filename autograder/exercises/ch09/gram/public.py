"""`gram(X)` (§9.11): the normalised Gram matrix of a style layer's output; what the student
sees, the public checks, the named mistakes, and the grader's correct ``gram`` (``STAND_IN``)
for the exercises built on it.

``X`` has shape (1, c, h, w); reshaped to (c, n) with n = h * w (the book: n =
X.size // X.shape[1]), ``gram(X) = X X^T / (c * n)`` of shape (c, c)."""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import EPS32, as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.11 样式迁移"
FORBIDDEN = Forbidden(what="the grader's gram")
HINTS = [("Shape inconsistent", "reshape X to (c, n) with c = X.shape[1] and n = X.size // c, "
                                "then nd.dot(X, X.T)")]
NOT_DIFFERENTIABLE = ("autograd could not differentiate the result; it is not connected to "
                      "the inputs (was it computed through NumPy, .asnumpy() or .asscalar()?)")


def stand_in(X):
    """The grader's correct gram (the book's)."""
    num_channels, n = X.shape[1], X.size // X.shape[1]
    X = X.reshape((num_channels, n))
    return nd.dot(X, X.T) / (num_channels * n)


STAND_IN = stand_in
BOOK_CODE = ("stand_in",)  # the book's own code: a student may type it in (guard.copied_codes)


def gram64(X):
    X = np.asarray(X, "float64")
    c = X.shape[1]
    M = X.reshape(c, -1)
    return M @ M.T / M.size


def tol(X):
    """Sums of n products (float32), then one division: relative to the largest |x|^2."""
    X = np.asarray(as_array(X))
    n = X.size // X.shape[1] if X.ndim > 1 else X.size
    largest = float(np.max(np.abs(X))) ** 2 if X.size else 0.0
    return 1e-5, 1e-7 + 4 * EPS32 * largest * (1 + n / max(X.size, 1))


def diagnose(got, X):
    """No normalisation, normalised by n or by c only, X^T X."""
    arr = as_array(got)
    if arr is None:
        return None
    arr = np.asarray(arr, "float64")
    X = np.asarray(X, "float64")
    c = X.shape[1]
    n = X.size // c
    M = X.reshape(c, n)
    if arr.shape == (n, n) and n != c:
        return (f"gram gave shape {arr.shape}, (n, n) with n = h * w: that is X^T X; the "
                f"Gram matrix of the channels is X X^T, shape (c, c) = {(c, c)}")
    if arr.shape != (c, c):
        return None
    G = M @ M.T
    rtol, atol = tol(X)
    for scale, what in [(1, "not normalised: divide X X^T by the number of entries, c * n"),
                        (n, "divided by n = h * w only: the book divides by c * n, the number "
                            "of entries of X"),
                        (c, "divided by the number of channels c only: the book divides by "
                            "c * n"),
                        (c * c * n * n, "divided by (c * n)^2: the book divides by c * n")]:
        if np.allclose(arr, G / scale, rtol=rtol, atol=atol * c * n) and not np.allclose(
                G / scale, G / (c * n), rtol=rtol, atol=atol):
            return f"the Gram matrix is {what}"
    return None


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def gradient_problem(fn, arrays, head, expected, names, tols):
    """Back-propagate ``head`` through ``fn(*arrays)`` and compare the gradients."""
    inputs = [_nd(a) for a in arrays]
    for x in inputs:
        x.attach_grad()
    with autograd.record():
        Y = fn(*inputs)
    if not isinstance(Y, nd.NDArray):
        return (f"the result should be an NDArray (for autograd), got {type(Y).__name__}: "
                "do not convert it with .asnumpy() or .asscalar()")
    if Y.shape != head.shape and Y.size != head.size:
        return f"the result should have shape {head.shape}, got {Y.shape}"
    try:
        Y.backward(_nd(head).reshape(Y.shape))
    except Exception:  # noqa: BLE001 - MXNet refuses a result outside the graph
        return NOT_DIFFERENTIABLE
    for x, want, name, (rtol, atol) in zip(inputs, expected, names, tols):
        problem = mismatch(x.grad, want, rtol, atol, name=f"the gradient of {name}")
        if problem:
            return problem
    return None


def _values(fn, cases):
    X = cases["X"]
    got = fn(nd.array(X))
    return diagnose(got, X) or mismatch(got, cases["G"], *tol(X),
                                        name=f"gram of a {X.shape} input")


def _gradient(fn, cases):
    X = cases["X"]
    return gradient_problem(fn, [X], cases["head"], [cases["grad"]], ["X"],
                            [(1e-4, 1e-6)])


CHECKS = [
    ("X X^T / (c * n) on a recorded (1, c, h, w) input", _values),
    ("autograd can differentiate it (recorded gradient)", _gradient),
]
