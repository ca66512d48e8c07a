"""`flatten_pred(pred)` (§9.7): a prediction map (batch, channels, height, width) as a
matrix (batch, height * width * channels), channels moved last first."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden()

NO_TRANSPOSE = ("it flattens (batch, channels, height, width) as it is: the predictions of "
                "one pixel then lie num_anchors * (num_classes + 1) apart instead of side by "
                "side. Move the channels last first: pred.transpose((0, 2, 3, 1)).flatten()")
WRONG_ORDER = ("it moves the axes to (batch, width, height, channels): the book's order is "
               "(batch, height, width, channels), pred.transpose((0, 2, 3, 1))")
NOT_FLAT = ("it returns a 4-D array: after moving the channels last, flatten it to "
            "(batch, height * width * channels) with .flatten()")


def stand_in(pred):
    """The grader's flatten_pred (the book's), swapped in while concat_preds is checked."""
    return pred.transpose((0, 2, 3, 1)).flatten()


STAND_IN = stand_in
BOOK_CODE = ("stand_in",)  # the book's own code: a student may type it in (guard.copied_codes)


def diagnose(got, pred):
    """Name the mistake from the result and the input ``pred`` (a NumPy array)."""
    arr, P = as_array(got), np.asarray(pred)
    if arr is None:
        return None
    n = P.shape[0]
    if arr.ndim == 4 and arr.shape != (n, P[0].size):
        return NOT_FLAT
    if arr.shape == (n, P[0].size):
        if np.allclose(arr, P.reshape(n, -1)) and not np.allclose(
                arr, P.transpose(0, 2, 3, 1).reshape(n, -1)):
            return NO_TRANSPOSE
        if np.allclose(arr, P.transpose(0, 3, 2, 1).reshape(n, -1)) and not np.allclose(
                arr, P.transpose(0, 2, 3, 1).reshape(n, -1)):
            return WRONG_ORDER
    return None


def expected(pred):
    P = np.asarray(pred)
    return P.transpose(0, 2, 3, 1).reshape(P.shape[0], -1)


def _recorded(fn, cases):
    P = cases["pred"]
    got = fn(nd.array(P))
    return diagnose(got, P) or mismatch(got, cases["out"], 0, 0,
                                        name="flatten_pred of a (2, 3, 4, 5) map")


CHECKS = [("flattens a recorded (2, 3, 4, 5) map channels last, like the book", _recorded)]
