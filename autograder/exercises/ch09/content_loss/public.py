"""`content_loss(Y_hat, Y)` (§9.11): the mean squared error of two content features; what
the student sees, the public checks, the named mistakes, and the grader's correct
``content_loss`` (``STAND_IN``) for ``compute_loss``."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden, loss_funcs
from d2l.selfcheck.ch09.gram.public import gradient_problem

SECTION = "§9.11 样式迁移"
FORBIDDEN = Forbidden(funcs=tuple(loss_funcs()),
                      what="gluon.loss.L2Loss (or another Gluon loss)")
HINTS = []


def stand_in(Y_hat, Y):
    """The grader's correct content_loss (the book's)."""
    return (Y_hat - Y).square().mean()


STAND_IN = stand_in
BOOK_CODE = ("stand_in",)  # the book's own code: a student may type it in (guard.copied_codes)


def tol():
    """A mean of squares in float32: a few eps relative to the result."""
    return 2e-5, 1e-7


def reductions(D):
    """What the usual slips compute from the differences D (float64), with what to say."""
    sq = D ** 2
    return [(sq.sum(), "the squared errors are summed: the book averages them, "
                       "(Y_hat - Y).square().mean()"),
            (np.sqrt(sq.sum()), "that is the norm of Y_hat - Y, not squared: the book "
                                "averages the squared errors, (Y_hat - Y).square().mean()"),
            (np.sqrt(sq.mean()), "that is the square root of the mean squared error: the "
                                 "book's loss is the mean squared error itself"),
            (np.abs(D).mean(), "that is the mean absolute error: square the differences"),
            (sq.mean() / 2, "that is half the mean squared error (as gloss.L2Loss): the "
                            "book's content loss has no factor 1/2")]


def diagnose_reduction(got, expected, D, what):
    arr = as_array(got)
    if arr is None or arr.size != 1:
        if arr is not None and arr.shape == D.shape:
            return (f"{what} has the shape of its inputs, {arr.shape}: average the squared "
                    "errors into one number with .mean()")
        return None
    value = float(np.asarray(arr).reshape(-1)[0])
    if np.isclose(value, expected, rtol=1e-5, atol=1e-7):
        return None
    for wrong, message in reductions(D):
        if np.isclose(value, wrong, rtol=1e-5, atol=1e-7):
            return message
    return None


def diagnose(got, Y_hat, Y):
    D = np.asarray(Y_hat, "float64") - np.asarray(Y, "float64")
    return diagnose_reduction(got, (D ** 2).mean(), D, "content_loss")


def _values(fn, cases):
    Y_hat, Y = cases["Y_hat"], cases["Y"]
    got = fn(nd.array(Y_hat), nd.array(Y))
    return diagnose(got, Y_hat, Y) or mismatch(got, cases["loss"], *tol(),
                                               name="content_loss(Y_hat, Y)")


def _gradient(fn, cases):
    return gradient_problem(fn, [cases["Y_hat"], cases["Y"]], np.ones(1, "float32"),
                            [cases["grad_Y_hat"]], ["Y_hat"], [(1e-4, 1e-7)])


CHECKS = [
    ("the mean squared error on recorded features", _values),
    ("autograd can differentiate it (recorded gradient of Y_hat)", _gradient),
]
