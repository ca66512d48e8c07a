"""`kernel_to_matrix(K, input_shape)` (§9.10): the convolution as a matrix product; what the
student sees, the public checks and the named mistakes.

For an input of shape ``(h, w)`` and a kernel of shape ``(kh, kw)`` the cross-correlation
(``d2l.corr2d``, what ``nd.Convolution`` computes) has shape ``(out_h, out_w) = (h - kh + 1,
w - kw + 1)``. ``W`` has shape ``(out_h * out_w, h * w)`` and
``W @ X.reshape(-1) == corr2d(X, K).reshape(-1)`` with both flattened row by row (C order):
row ``p * out_w + q`` (output position ``(p, q)``) holds ``K[i - p, j - q]`` in column
``i * w + j`` where ``0 <= i - p < kh`` and ``0 <= j - q < kw``, and 0 elsewhere. Then
``W.T`` maps a flattened ``(out_h, out_w)`` array to the flattened transposed convolution
(``nd.Deconvolution``) of it with ``K``."""

import numpy as np
from mxnet import nd

from d2l.compare import EPS32, as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch09.trans_conv.public import CONVOLUTIONS

SECTION = "§9.10 全卷积网络（FCN）"
FORBIDDEN = Forbidden(ops=CONVOLUTIONS,
                      what="nd.Convolution / nd.Deconvolution / im2col (or another "
                           "convolution operator)")
HINTS = []


def matrix(K, input_shape, order="C"):
    """W in float64 NumPy, the input flattened in ``order`` (``"F"``: column by column)."""
    K = np.asarray(K, "float64")
    (h, w), (kh, kw) = input_shape, K.shape
    out_h, out_w = h - kh + 1, w - kw + 1
    W = np.zeros((out_h * out_w, h * w))
    for p in range(out_h):
        for q in range(out_w):
            frame = np.zeros((h, w))
            frame[p:p + kh, q:q + kw] = K
            W[p * out_w + q] = frame.reshape(-1, order=order)
    return W


def tol(K):
    """W holds K's entries (copies, exact); a few ulps for answers that compute them."""
    largest = float(np.max(np.abs(np.asarray(as_array(K))))) if np.size(K) else 0.0
    return 1e-6, 1e-7 + 4 * EPS32 * largest


def diagnose(got, K, input_shape):
    """The named mistakes: the input flattened column by column, W transposed, the kernel
    flipped."""
    arr = as_array(got)
    if arr is None:
        return None
    arr = np.asarray(arr, "float64")
    expected = matrix(K, input_shape)
    rtol, atol = tol(K)

    def same(a, b):
        return a.shape == b.shape and np.allclose(a, b, rtol=rtol, atol=atol)

    if same(arr, expected):
        return None
    if arr.shape == expected.T.shape and expected.shape[0] != expected.shape[1]:
        return (f"W has shape {arr.shape}: that is W.T; W has one row per output entry and "
                f"one column per input entry, shape (out_h * out_w, h * w) = {expected.shape}")
    if same(arr, matrix(K, input_shape, "F")):
        return ("the input is flattened column by column (Fortran order): the columns of W "
                "follow X.reshape(-1), row by row, column i * w + j for X[i, j]")
    out_h, out_w = input_shape[0] - np.shape(K)[0] + 1, input_shape[1] - np.shape(K)[1] + 1
    rows_f = [p * out_w + q for q in range(out_w) for p in range(out_h)]
    if same(arr, matrix(K, input_shape, "F")[np.argsort(rows_f)]) or same(
            arr, expected[np.argsort(rows_f)]):
        return ("the output positions are numbered column by column: row p * out_w + q of W "
                "is output entry (p, q), as corr2d(X, K).reshape(-1) orders them")
    if same(arr, matrix(np.asarray(K)[::-1, ::-1], input_shape)):
        return ("the kernel is flipped: the rows of W hold K as it is, K[i - p, j - q] in "
                "column i * w + j (the cross-correlation of d2l.corr2d and nd.Convolution)")
    return None


def _book(fn, cases):
    K = cases["K0"]
    got = fn(nd.array(K), (4, 4))
    return diagnose(got, K, (4, 4)) or mismatch(
        got, cases["W0"], *tol(K), name="kernel_to_matrix(K, (4, 4)) of the book's 3 x 3 K")


def _recorded(fn, cases):
    K, shape, X = cases["K1"], tuple(int(s) for s in cases["shape1"]), cases["X1"]
    got = fn(nd.array(K), shape)
    problem = diagnose(got, K, shape) or mismatch(
        got, cases["W1"], *tol(K), name=f"kernel_to_matrix(K, {shape}) of a {K.shape} K")
    if problem:
        return problem
    W = np.asarray(as_array(got), "float64")
    return mismatch(W @ X.reshape(-1), cases["conv1"].reshape(-1), 1e-5, 1e-5,
                    name="W @ X.reshape(-1)")


CHECKS = [
    ("the book's (4, 16) matrix for its 3 x 3 kernel on a 4 x 4 input", _book),
    ("W @ X.reshape(-1) is nd.Convolution's output, on a recorded rectangular input",
     _recorded),
]
