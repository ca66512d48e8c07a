"""`corr1d(X, K)` (§10.8): the one-dimensional cross-correlation, what the student sees, the
public checks and the named mistakes. ``Y[i] = sum_a X[i + a] * K[a]`` for
``i = 0 .. len(X) - len(K)``: MXNet's ``nd.Convolution`` on a (1, 1, n) input with a
(1, 1, w) kernel computes the same (it does not flip the kernel)."""

import numpy as np
from mxnet import nd

from d2l.compare import EPS32, as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§10.8 文本情感分类：使用卷积神经网络"
CONVOLUTION = frozenset({"Convolution", "Deconvolution", "Correlation", "DeformableConvolution",
                         "ModulatedDeformableConvolution", "im2col", "col2im"})
FORBIDDEN = Forbidden(ops=CONVOLUTION, funcs=(f"{__name__}.stand_in",),
                      what=("nd.Convolution / nn.Conv1D (or another convolution operator) or "
                            "the grader's corr1d"))
HINTS = []


def stand_in(X, K):
    """The grader's correct corr1d (whole-array operations, no convolution operator)."""
    w = K.shape[0]
    m = X.shape[0] - w + 1
    return nd.add_n(*[nd.broadcast_mul(X[a:a + m], K[a:a + 1]) for a in range(w)])


STAND_IN = stand_in


def corr_tol(X, K):
    """float32 tolerance of a sum of len(K) products, as ch05's corr2d."""
    X, K = np.asarray(as_array(X)), np.asarray(as_array(K))
    m = K.size
    largest = float(np.max(np.abs(X))) * float(np.max(np.abs(K))) if X.size and m else 0.0
    return 1e-5, 1e-6 + m * m * EPS32 * largest


def diagnose(got, X, K, expected):
    arr = as_array(got)
    n, w = len(X), len(K)
    if arr is None:
        return None
    arr = np.asarray(arr)
    if arr.shape == (n - w,):
        return (f"corr1d of {n} values with a kernel of width {w} gave {n - w} values: off by "
                "one, the output has n - w + 1 values")
    rtol, atol = corr_tol(X, K)
    flipped = np.correlate(np.asarray(X, "float64"), np.asarray(K, "float64")[::-1], "valid")
    if (arr.shape == np.shape(expected) and np.allclose(arr, flipped, rtol=rtol, atol=atol)
            and not np.allclose(flipped, expected, rtol=rtol, atol=atol)):
        return ("the kernel is flipped: that is the convolution of signal processing; "
                "nd.Convolution computes the cross-correlation Y[i] = sum_a X[i + a] * K[a]")
    return None


def _forward(fn, cases):
    for i in range(2):
        X, K, expected = cases[f"X{i}"], cases[f"K{i}"], cases[f"out{i}"]
        got = fn(nd.array(X), nd.array(K))
        problem = diagnose(got, X, K, expected) or mismatch(
            got, expected, *corr_tol(X, K), name=f"corr1d of {len(X)} values with width {len(K)}")
        if problem:
            return problem
    return None


CHECKS = [("matches nd.Convolution in one dimension on recorded inputs", _forward)]
