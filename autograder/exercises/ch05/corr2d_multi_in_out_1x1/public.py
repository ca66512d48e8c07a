"""`corr2d_multi_in_out_1x1` (§5.3): the public checks and the named mistakes."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch05.corr2d.public import CONVOLUTION, CONVOLUTION_WHAT, corr_tol, gradients

SECTION = "§5.3 多输入通道和多输出通道"
FORBIDDEN = Forbidden(ops=CONVOLUTION, funcs=("d2l.corr2d",),
                      what=f"{CONVOLUTION_WHAT} or d2l.corr2d")
HINTS = [("dot shape error", "view X as a (c_i, h * w) matrix and K as a (c_o, c_i) matrix, "
                             "then nd.dot(K, X) is (c_o, h * w)")]


def pixel_rows(got, expected, scrambled, tol):
    """``scrambled``: the product with X reshaped to (h * w, c_i), which mixes channels and
    pixels (reshape keeps the memory order)."""
    arr = as_array(got)
    if (arr is not None and arr.shape == np.shape(expected)
            and not np.allclose(arr, expected, *tol) and np.allclose(arr, scrambled, *tol)):
        return ("X.reshape((h * w, c_i)) does not give one row per pixel (reshape keeps the "
                "memory order, channel by channel): use X.reshape((c_i, h * w)), one column "
                "per pixel, and nd.dot(K, X)")
    return None


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _forward(fn, cases):
    X, K = cases["X"], cases["K"]
    got = fn(_nd(X), _nd(K))
    tol = corr_tol(X, K)
    return (pixel_rows(got, cases["out"], cases["pixel_rows"], tol)
            or mismatch(got, cases["out"], *tol,
                        name=f"corr2d_multi_in_out_1x1 of a {X.shape} input with {K.shape} "
                             "kernels"))


def _gradient(fn, cases):
    return gradients(fn, [cases["X"], cases["K"]], cases["head"],
                     [cases["grad_X"], cases["grad_K"]], ["X", "K"])


CHECKS = [
    ("equals nd.Convolution with 1x1 kernels (recorded input)", _forward),
    ("autograd can differentiate it (recorded gradients)", _gradient),
]
