"""`nms(boxes, scores, iou_threshold)` (§9.4): greedy non-maximum suppression, the indices of
the boxes it keeps in descending score order; what the student sees, the public check and
the named mistakes. ``nd.contrib.box_nms`` (class-agnostic: ``force_suppress=True``) keeps
the same boxes; it suppresses a box whose IoU with a kept box is strictly greater than the
threshold, so an IoU equal to the threshold is kept."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden

SECTION = "§9.4 锚框"
FORBIDDEN = Forbidden(
    ops=frozenset({"box_nms", "MultiBoxDetection", "Proposal", "MultiProposal"}),
    what="nd.contrib.box_nms, contrib.nd.MultiBoxDetection or the Proposal operators (they "
         "all run non-maximum suppression)")
HINTS = [("argsort", "nd.argsort(scores, is_ascend=False) gives the indices from the highest "
                     "score down (as float32: convert with .astype('int32') or int(...))")]


def iou_matrix(boxes):
    """The (n, n) IoU of corner boxes with each other, in float64 NumPy."""
    b = np.asarray(as_array(boxes), "float64")
    lo = np.maximum(b[:, None, :2], b[None, :, :2])
    hi = np.minimum(b[:, None, 2:], b[None, :, 2:])
    inter = np.prod(np.clip(hi - lo, 0, None), axis=2)
    area = np.prod(b[:, 2:] - b[:, :2], axis=1)
    return inter / (area[:, None] + area[None, :] - inter)


def greedy(boxes, scores, t, sort=True, ge=False, against_suppressed=False, iou=None):
    """Greedy NMS in float64 NumPy with the usual mistakes as switches (the model);
    ``iou``: the boxes' IoU matrix when it is already known."""
    iou = iou_matrix(boxes) if iou is None else iou
    s = np.asarray(as_array(scores), "float64").reshape(-1)
    order = np.argsort(-s, kind="stable") if sort else np.arange(len(s))
    keep, seen = [], []
    for i in order:
        against = seen if against_suppressed else keep
        if against:
            row = iou[i, against]
            if ((row >= t) if ge else (row > t)).any():
                seen.append(i)
                continue
        keep.append(i)
        seen.append(i)
    return np.array(keep, "int64")


def stand_in(boxes, scores, iou_threshold):
    """The grader's correct nms: an int32 NDArray of kept indices, highest score first."""
    b = boxes.asnumpy().astype("float64")
    s = scores.asnumpy().reshape(-1)
    return nd.array(greedy(b, s, float(iou_threshold)), dtype="int32")


STAND_IN = stand_in


def indices(got):
    """The returned indices as a 1-D int64 array, or a message why they are not indices."""
    arr = as_array(got)
    if arr is None and isinstance(got, (list, tuple)) and got and all(
            isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in got):
        arr = np.array(got, "int64")  # the right indices as a list: only the type check fails
    if arr is None:
        return None, (f"nms should return an NDArray of indices, but it returned "
                      f"{describe(got)}")
    arr = np.asarray(arr)
    if arr.ndim != 1:
        return None, (f"nms returned shape {arr.shape}: it should return a 1-D array of the "
                      "kept indices")
    if arr.dtype.kind == "f":
        if not np.all(np.isfinite(arr)) or not np.all(arr == np.round(arr)):
            return None, "nms returned values that are not whole numbers: return indices"
    elif arr.dtype.kind not in "iu":
        return None, f"nms returned {describe(got)}: return integer indices"
    return arr.astype("int64"), None


def diagnose(got, boxes, scores, t, name="nms"):
    """Names a mistake: unsorted, >= at the threshold, comparing with suppressed boxes, only
    the top box, indices in ascending order, positions in the sorted order, or a mask."""
    arr = as_array(got)
    n = len(as_array(scores).reshape(-1))
    right = greedy(boxes, scores, t)
    if arr is not None and np.asarray(arr).shape == (n,) and len(right) < n:
        a = np.asarray(arr, "float64")
        if set(np.unique(a)) <= {0.0, 1.0}:
            return (f"{name} returned a 0/1 mask over the boxes: return the kept indices "
                    "themselves, highest score first")
    idx, problem = indices(got)
    if problem:
        return problem
    if np.array_equal(idx, right):
        return None
    s = np.asarray(as_array(scores), "float64").reshape(-1)
    order = np.argsort(-s, kind="stable")
    wrong = [
        (greedy(boxes, scores, t, sort=False), "the boxes were taken in index order: sort "
                                               "them by score first, highest first"),
        (greedy(boxes, scores, t, ge=True), "a box whose IoU equals the threshold was "
                                            "suppressed: box_nms suppresses only IoU > "
                                            "threshold (strictly greater)"),
        (greedy(boxes, scores, t, against_suppressed=True),
         "boxes were also suppressed by boxes that had been suppressed themselves: compare "
         "each box only with the boxes already kept"),
        (right[:1], "only the top box was kept: after it, keep every box whose IoU with all "
                    "kept boxes is at most the threshold"),
        (np.sort(right), "the kept indices are in ascending index order: return them in "
                         "descending score order"),
        (np.argsort(order)[right], "these are positions in the sorted order: return the "
                                   "indices of the boxes in the input"),
    ]
    for candidate, message in wrong:
        if len(candidate) == len(idx) and np.array_equal(candidate, idx) \
                and not np.array_equal(candidate, right):
            return f"{name}: {message}"
    return None


def expect_indices(got, expected, name):
    """None when ``got`` holds exactly the indices ``expected``, else a message."""
    idx, problem = indices(got)
    if problem:
        return problem
    if len(idx) != len(expected):
        return (f"{name} kept {len(idx)} boxes {idx.tolist()}, expected {len(expected)}: "
                f"{np.asarray(expected).tolist()}")
    return mismatch(idx, np.asarray(expected, "int64"), 0, 0, name=name)


def _check(fn, boxes, scores, t, expected, name):
    got = fn(nd.array(boxes), nd.array(scores), t)
    return diagnose(got, boxes, scores, t, name) or expect_indices(got, expected, name)


def _book(fn, cases):
    boxes = np.array([[0.1, 0.08, 0.52, 0.92], [0.08, 0.2, 0.56, 0.95],
                      [0.15, 0.3, 0.62, 0.91], [0.55, 0.2, 0.9, 0.88]], "float32")
    scores = np.array([0.9, 0.8, 0.7, 0.85], "float32")
    return _check(fn, boxes, scores, 0.5, [0, 3], "nms of the book's four boxes")


def _recorded(fn, cases):
    return _check(fn, cases["boxes"], cases["scores"], float(cases["threshold"]),
                  cases["keep"], "nms on recorded boxes")


CHECKS = [
    ("the book's four boxes with scores 0.9, 0.8, 0.7, 0.85 keep [0, 3]", _book),
    ("keeps what nd.contrib.box_nms keeps on recorded boxes, in its order", _recorded),
]
