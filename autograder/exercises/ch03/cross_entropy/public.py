"""`cross_entropy` (§3.6): what the student sees, the public check and the named mistakes."""

import numpy as np

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden, loss_funcs
from d2l.selfcheck.ch03 import gradients

SECTION = "§3.6 softmax回归的从零开始实现"
FORBIDDEN = Forbidden(
    ops={"softmax_cross_entropy", "SoftmaxOutput", "log_softmax"}, funcs=loss_funcs(),
    what="gluon.loss.SoftmaxCrossEntropyLoss (or another Gluon loss) or "
         "nd.softmax_cross_entropy")
HINTS = [("shape", "y_hat has shape (n, q) and y shape (n,): pick along axis=1 (the default "
                   "of nd.pick), one entry per row")]

# -log p of a float32 probability p is exact to a few eps absolutely (the log turns p's
# relative rounding into an absolute one), whether it is computed from y_hat or, as by the
# reference, from the logits; the named mistakes are off by O(1).
RTOL, ATOL = 1e-5, 1e-5


def wrong_loss(got, y_hat, expected):
    """One number instead of one loss per example, the wrong sign, or -log summed over all
    the classes."""
    arr = as_array(got)
    if arr is None or arr.dtype.kind not in "biuf":
        return None
    if arr.size == 1 and expected.size > 1:
        return "the result is a single number: return the loss of each example, shape (n,)"
    flat = arr.ravel()
    if flat.shape != expected.shape or np.allclose(flat, expected, RTOL, ATOL):
        return None
    if np.allclose(flat, -expected, RTOL, ATOL):
        return "the sign is wrong: the loss is -log of the true class's probability"
    if np.allclose(flat, -np.log(np.asarray(y_hat, dtype="float64")).sum(axis=1), 1e-4, ATOL):
        return ("the loss sums -log over all classes: pick only the true class "
                "(nd.pick(y_hat, y))")
    return None


def _values(fn, cases):
    from mxnet import nd

    got = fn(nd.array(cases["y_hat"]), nd.array(cases["y"]))
    return (wrong_loss(got, cases["y_hat"], cases["out"])
            or mismatch(got, cases["out"], RTOL, ATOL, name="cross_entropy(y_hat, y)"))


def _gradient(fn, cases):
    grads, problem = gradients(fn, [cases["y_hat"], cases["y"]], [0], cases["head"])
    # the gradient -1/p is as exact as p, relatively
    return problem or mismatch(grads[0], cases["grad"], 1e-5, 1e-6,
                               name="the gradient with respect to y_hat")


CHECKS = [
    ("one loss per example, equal to SoftmaxCrossEntropyLoss on a recorded input", _values),
    ("passes the right gradient back to y_hat", _gradient),
]
