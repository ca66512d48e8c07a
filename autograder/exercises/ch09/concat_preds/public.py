"""`concat_preds(preds)` (§9.7): the flattened predictions of every scale, concatenated
along axis 1."""

from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden()
STAND_INS = {"flatten_pred": "flatten_pred"}

BATCH_AXIS = ("the predictions are concatenated along the batch axis (dim=0): each image's "
              "predictions of all scales belong in one row, nd.concat(..., dim=1)")
HINTS = [("incompatible input shape",
          "the arrays do not fit together: flatten each prediction with flatten_pred first "
          "(they have different shapes), then concatenate along dim=1, not along the batch "
          "axis")]


def stand_in(preds):
    """The grader's concat_preds (the book's), swapped in while TinySSD is checked."""
    return nd.concat(*[p.transpose((0, 2, 3, 1)).flatten() for p in preds], dim=1)


STAND_IN = stand_in


def diagnose(got, preds):
    """Name the mistake from the result's shape (``preds``: NumPy arrays)."""
    arr = as_array(got)
    if arr is None:
        return None
    n = preds[0].shape[0]
    if len(preds) > 1 and arr.shape[0] == n * len(preds):
        return BATCH_AXIS
    return None


def _recorded(fn, cases):
    preds = [cases["pred0"], cases["pred1"]]
    got = fn([nd.array(p) for p in preds])
    return diagnose(got, preds) or mismatch(
        got, cases["out"], 0, 0, name="concat_preds of maps (2, 15, 4, 4) and (2, 9, 2, 2)")


CHECKS = [("concatenates recorded maps of shapes (2, 15, 4, 4) and (2, 9, 2, 2) into "
           "(2, 276), like the book", _recorded)]
