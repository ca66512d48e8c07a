"""`corr1d_multi_in(X, K)` (§10.8): the cross-correlation of a (c_i, n) input with c_i
kernels of width w, summed over the channels; the public checks, the named mistakes. MXNet's
``nd.Convolution`` on a (1, c_i, n) input with a (1, c_i, w) kernel computes the same."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch10.corr1d.public import CONVOLUTION, corr_tol

SECTION = "§10.8 文本情感分类：使用卷积神经网络"
# Checked with the grader's own correct corr1d (notebook name: exercise), so a mistake
# there costs points only once.
STAND_INS = {"corr1d": "corr1d"}
FORBIDDEN = Forbidden(ops=CONVOLUTION, funcs=(f"{__name__}.stand_in",),
                      what="nd.Convolution / nn.Conv1D (or another convolution operator) "
                           "or the grader's own corr1d_multi_in")
HINTS = []


def stand_in(X, K):
    """The grader's correct corr1d_multi_in, on the grader's corr1d (no convolution op)."""
    from d2l.selfcheck.ch10.corr1d.public import stand_in as corr1d

    return nd.add_n(*[corr1d(x, k) for x, k in zip(X, K)])


STAND_IN = stand_in


def per_channel(X, K):
    """The c_i cross-correlations, channel i of X with K[i], unsummed (float64)."""
    X, K = np.asarray(X, "float64"), np.asarray(K, "float64")
    return np.stack([np.correlate(x, k, "valid") for x, k in zip(X, K)])


def multi_tol(X, K):
    """A sum of c_i * w products."""
    X, K = np.asarray(as_array(X)), np.asarray(as_array(K))
    return corr_tol(X.reshape(-1), K.reshape(-1))


def diagnose(got, X, K):
    arr = as_array(got)
    if arr is None:
        return None
    arr = np.asarray(arr)
    channels = per_channel(X, K)
    c_i = len(channels)
    expected = channels.sum(axis=0)
    rtol, atol = multi_tol(X, K)
    if arr.shape == channels.shape and c_i > 1 and np.allclose(arr, channels, rtol, atol):
        return (f"it returns one row per input channel, shape {arr.shape}: add the {c_i} "
                f"cross-correlations up (nd.add_n) into one of shape {expected.shape}")
    if c_i > 1 and arr.shape == expected.shape and not np.allclose(arr, expected, rtol, atol):
        if np.allclose(arr, expected / c_i, rtol, atol):
            return "it averages the channels' cross-correlations: add them up instead"
        if np.allclose(arr, channels[0], rtol, atol):
            return (f"only channel 0 is used: add the cross-correlations of all {c_i} "
                    "channels, channel i of X with K[i]")
    return None


def _forward(fn, cases):
    X, K = cases["X"], cases["K"]
    got = fn(nd.array(X), nd.array(K))
    return diagnose(got, X, K) or mismatch(
        got, cases["out"], *multi_tol(X, K),
        name=f"corr1d_multi_in of a {X.shape} input with {K.shape} kernels")


CHECKS = [("sums the channels' cross-correlations like nd.Convolution (recorded input)",
           _forward)]
