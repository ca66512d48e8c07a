"""`squared_loss` (§3.2): what the student sees, the public check and the named mistakes."""

import numpy as np

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden, loss_funcs
from d2l.selfcheck.ch03 import gradients

SECTION = "§3.2 线性回归的从零开始实现"
FORBIDDEN = Forbidden(funcs=("d2l.squared_loss", *loss_funcs()),
                      what="gluon.loss.L2Loss (or another Gluon loss) or d2l.squared_loss")

# (y_hat - y)^2 / 2 rounds once per operation in float32: a few eps relative to the
# result, however it is written (ATOL only for entries near 0); the named mistakes are off
# by factors of 2 or by shape.
RTOL, ATOL = 1e-5, 1e-6


def wrong_loss(got, expected):
    """An ``(n, n)`` matrix (y not reshaped), one number (summed or averaged), or twice
    L2Loss (no division by 2)."""
    arr = as_array(got)
    if arr is None:
        return None
    n = len(expected)
    if arr.shape == (n, n) and n > 1:
        return (f"the result has shape ({n}, {n}): y has shape ({n},) and y_hat ({n}, 1), so "
                "they broadcast to a matrix; reshape y to y_hat.shape first")
    if arr.size == 1 and n > 1:
        return ("the result is a single number: return the loss of each example (shape "
                "(n, 1)), without sum or mean")
    if (arr.shape == expected.shape and arr.dtype.kind in "biuf"
            and not np.allclose(arr, expected, RTOL, ATOL)
            and np.allclose(arr, 2 * expected, RTOL, ATOL)):
        return "the loss is twice L2Loss: divide the squared error by 2"
    return None


def _values(fn, cases):
    from mxnet import nd

    got = fn(nd.array(cases["y_hat"]), nd.array(cases["y"]))
    return (wrong_loss(got, cases["out"])
            or mismatch(got, cases["out"], RTOL, ATOL, name="squared_loss(y_hat, y)"))


def _gradient(fn, cases):
    y_hat, y = cases["y_hat"], cases["y"].reshape(cases["y_hat"].shape)
    grads, problem = gradients(fn, [y_hat, y], [0])
    return problem or mismatch(grads[0], y_hat - y, RTOL, ATOL,
                               name="the gradient with respect to y_hat")


CHECKS = [
    ("one loss per example, in y_hat's shape, equal to L2Loss (y of shape (n,))", _values),
    ("has gradient y_hat - y", _gradient),
]
