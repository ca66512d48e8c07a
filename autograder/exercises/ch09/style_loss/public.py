"""`style_loss(Y_hat, gram_Y)` (§9.11): the mean squared error of the Gram matrix of the
synthesised image's style feature against the style image's precomputed one; what the
student sees, the public checks, the named mistakes, and the grader's correct
``style_loss`` (``STAND_IN``) for ``compute_loss``. The checks run it with the grader's
correct ``gram`` (``STAND_INS``), so a mistake in ``gram`` costs points only there."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden, loss_funcs
from d2l.selfcheck.ch09.content_loss.public import diagnose_reduction
from d2l.selfcheck.ch09.gram.public import gradient_problem, gram64

SECTION = "§9.11 样式迁移"
STAND_INS = {"gram": "gram"}
FORBIDDEN = Forbidden(funcs=tuple(loss_funcs()),
                      what="gluon.loss.L2Loss (or another Gluon loss)")
HINTS = []


def stand_in(Y_hat, gram_Y):
    """The grader's correct style_loss (the book's, on the grader's gram)."""
    from d2l.selfcheck.ch09.gram.public import stand_in as gram

    return (gram(Y_hat) - gram_Y).square().mean()


STAND_IN = stand_in


def tol():
    """The Gram matrices' float32 rounding, squared and averaged: relative to the result."""
    return 1e-4, 1e-8


def diagnose(got, Y_hat, gram_Y):
    G = gram64(Y_hat)
    D = G - np.asarray(gram_Y, "float64")
    problem = diagnose_reduction(got, (D ** 2).mean(), D, "style_loss")
    if problem:
        return problem.replace("Y_hat - Y", "gram(Y_hat) - gram_Y")
    arr = as_array(got)
    if arr is None or arr.size != 1:
        return None
    value = float(np.asarray(arr, "float64").reshape(-1)[0])
    gg = gram64(np.asarray(gram_Y, "float64")[None])
    if np.isclose(value, ((G - gg) ** 2).mean(), rtol=1e-5, atol=1e-8) and not np.isclose(
            value, (D ** 2).mean(), rtol=1e-5, atol=1e-8):
        return ("it takes the Gram matrix of gram_Y: gram_Y is already the style image's "
                "Gram matrix, compare gram(Y_hat) with gram_Y itself")
    return None


def _values(fn, cases):
    Y_hat, gram_Y = cases["Y_hat"], cases["gram_Y"]
    got = fn(nd.array(Y_hat), nd.array(gram_Y))
    return diagnose(got, Y_hat, gram_Y) or mismatch(got, cases["loss"], *tol(),
                                                    name="style_loss(Y_hat, gram_Y)")


def _gradient(fn, cases):
    return gradient_problem(fn, [cases["Y_hat"], cases["gram_Y"]], np.ones(1, "float32"),
                            [cases["grad_Y_hat"]], ["Y_hat"], [(1e-4, 1e-8)])


CHECKS = [
    ("the mean squared error of gram(Y_hat) and gram_Y on recorded features", _values),
    ("autograd can differentiate it (recorded gradient of Y_hat)", _gradient),
]
