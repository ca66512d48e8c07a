"""`corr2d_multi_in` (§5.3): the public checks, the named mistakes, and the grader's correct
version (``STAND_IN``) for `corr2d_multi_in_out`."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch05.corr2d.public import CONVOLUTION, CONVOLUTION_WHAT, corr_tol, gradients

SECTION = "§5.3 多输入通道和多输出通道"
# The grader checks this exercise with its own correct versions of these (notebook name:
# exercise), so a mistake there costs points only once; so does the public check.
STAND_INS = {"corr2d": "corr2d"}
# Checked with the grader's corr2d, which runs d2l.corr2d: that is allowed here. The
# stand-in below is forbidden by name (it is a correct answer the grader ships); naming it
# here also makes the public check warn about it.
FORBIDDEN = Forbidden(ops=CONVOLUTION, funcs=(f"{__name__}.stand_in",),
                      what=f"{CONVOLUTION_WHAT} or the grader's own corr2d_multi_in")


def stand_in(X, K):
    """The grader's correct corr2d_multi_in, on the d2l package's corr2d."""
    from d2l import cnn  # the course library, mounted next to this package

    return nd.add_n(*[cnn.corr2d(x, k) for x, k in zip(X, K)])


STAND_IN = stand_in


def diagnose(got, per_channel, tol):
    """Name a mistake from ``per_channel``, the c_i cross-correlations of channel i of X
    with K[i] (the right answer is their sum)."""
    arr = as_array(got)
    if arr is None:
        return None
    per_channel = np.asarray(per_channel)
    c_i = len(per_channel)
    expected = per_channel.sum(axis=0)
    if arr.shape == per_channel.shape and np.allclose(arr, per_channel, *tol):
        return (f"it returns one map per input channel, shape {arr.shape}: add the "
                f"{c_i} maps up (nd.add_n) into one of shape {expected.shape}")
    if c_i > 1 and arr.shape == expected.shape and not np.allclose(arr, expected, *tol):
        if np.allclose(arr, expected / c_i, *tol):
            return "it averages the channels' cross-correlations: add them up instead"
        if np.allclose(arr, per_channel[0], *tol):
            return (f"only channel 0 is used: add the cross-correlations of all {c_i} "
                    "channels, channel i of X with K[i]")
    return None


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _forward(fn, cases):
    X, K = cases["X"], cases["K"]
    got = fn(_nd(X), _nd(K))
    tol = corr_tol(X, K)
    return (diagnose(got, cases["per_channel"], tol)
            or mismatch(got, cases["out"], *tol,
                        name=f"corr2d_multi_in of a {X.shape} input with {K.shape} kernels"))


def _gradient(fn, cases):
    return gradients(fn, [cases["X"], cases["K"]], cases["head"],
                     [cases["grad_X"], cases["grad_K"]], ["X", "K"])


CHECKS = [
    ("sums the channels' cross-correlations like nd.Convolution (recorded input)", _forward),
    ("autograd can differentiate it (recorded gradients)", _gradient),
]
