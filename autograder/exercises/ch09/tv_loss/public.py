"""`tv_loss(Y_hat)` (§9.11): the total variation loss of the synthesised image; what the
student sees, the public checks, the named mistakes, and the grader's correct ``tv_loss``
(``STAND_IN``) for ``compute_loss``.

``0.5 * (mean |Y[:, :, i + 1, j] - Y[:, :, i, j]| + mean |Y[:, :, i, j + 1] - Y[:, :, i, j]|)``:
the mean absolute difference of vertical neighbours and that of horizontal ones, averaged."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch09.gram.public import gradient_problem

SECTION = "§9.11 样式迁移"
FORBIDDEN = Forbidden(what="the grader's tv_loss")
HINTS = []


def stand_in(Y_hat):
    """The grader's correct tv_loss (the book's)."""
    return 0.5 * ((Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]).abs().mean() +
                  (Y_hat[:, :, :, 1:] - Y_hat[:, :, :, :-1]).abs().mean())


STAND_IN = stand_in
BOOK_CODE = ("stand_in",)  # the book's own code: a student may type it in (guard.copied_codes)


def tol():
    return 2e-5, 1e-7


def variants(Y):
    """What the usual slips compute (float64), with what to say."""
    Y = np.asarray(Y, "float64")
    dh, dw = np.diff(Y, axis=2), np.diff(Y, axis=3)
    mh, mw = np.abs(dh).mean(), np.abs(dw).mean()
    return [(0.5 * mh, "only the vertical differences (along the height, axis 2) are used: add "
                       "the horizontal ones, Y_hat[:, :, :, 1:] - Y_hat[:, :, :, :-1]"),
            (0.5 * mw, "only the horizontal differences (along the width, axis 3) are used: "
                       "add the vertical ones, Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]"),
            (mh, "only the vertical differences (along the height, axis 2) are used, without "
                 "the factor 0.5: the book averages the two directions"),
            (mw, "only the horizontal differences (along the width, axis 3) are used, "
                 "without the factor 0.5: the book averages the two directions"),
            (mh + mw, "the factor 0.5 is missing: the book's loss is 0.5 * (mean |vertical "
                      "differences| + mean |horizontal differences|)"),
            (0.5 * ((dh ** 2).mean() + (dw ** 2).mean()),
             "the differences are squared: the total variation takes their absolute values"),
            (0.5 * (np.abs(dh).sum() + np.abs(dw).sum()),
             "the absolute differences are summed: the book averages each direction (.mean())"),
            (np.abs(np.concatenate([dh.ravel(), dw.ravel()])).mean(),
             "all differences are averaged together: the book averages each direction on its "
             "own and then takes half the sum (they differ when height and width differ)")]


def diagnose(got, Y):
    arr = as_array(got)
    if arr is None or arr.size != 1:
        return None
    value = float(np.asarray(arr, "float64").reshape(-1)[0])
    Y = np.asarray(Y, "float64")
    right = 0.5 * (np.abs(np.diff(Y, axis=2)).mean() + np.abs(np.diff(Y, axis=3)).mean())
    if np.isclose(value, right, rtol=1e-5, atol=1e-7):
        return None
    for wrong, message in variants(Y):
        if np.isclose(value, wrong, rtol=1e-5, atol=1e-7):
            return message
    return None


def _values(fn, cases):
    Y = cases["Y"]
    got = fn(nd.array(Y))
    return diagnose(got, Y) or mismatch(got, cases["loss"], *tol(), name="tv_loss(Y_hat)")


def _gradient(fn, cases):
    return gradient_problem(fn, [cases["Y"]], np.ones(1, "float32"), [cases["grad"]],
                            ["Y_hat"], [(1e-4, 1e-7)])


CHECKS = [
    ("0.5 * (mean |vertical differences| + mean |horizontal ones|), recorded image", _values),
    ("autograd can differentiate it (recorded gradient)", _gradient),
]
