"""`assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5)` (§9.4): which ground
truth each anchor is labelled with, by the rule of MXNet's ``contrib.nd.MultiBoxTarget``;
what the student sees, the public checks and the named mistakes.

``ground_truth`` (n_gt, 4) and ``anchors`` (n_a, 4) hold corners (x1, y1, x2, y2); the result
has one entry per anchor: the index of its ground-truth box, or -1. With ``X`` the IoU matrix
(n_a, n_gt) (``box_iou(anchors, ground_truth)``):

1. while some ground truth is unassigned: take the largest IoU ``X[i, j]`` over the anchors
   and ground truths not yet assigned (the first one in row-major order when several are
   equal); stop when it is not above 1e-6 (a ground truth that overlaps no anchor gets
   none); else anchor i gets ground truth j, and both leave the search;
2. every other anchor i takes its best ground truth ``j = argmax_j X[i, j]`` (the first of
   equal ones) when ``X[i, j] > iou_threshold``, strictly; otherwise -1.

The checks hand the grader's correct ``box_iou`` to the answer (``STAND_INS``).
"""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe
from d2l.registry import Forbidden

SECTION = "§9.4 锚框"
# bipartite_matching is MultiBoxTarget's greedy matching (step 1) on its own.
TARGET_OPS = frozenset({"_contrib_MultiBoxTarget", "_contrib_bipartite_matching"})
FORBIDDEN = Forbidden(ops=TARGET_OPS,
                      what="contrib.nd.MultiBoxTarget or nd.contrib.bipartite_matching")
STAND_INS = {"box_iou": "box_iou"}
HINTS = [("out of bounds", "the result has one entry per anchor (anchors.shape[0]); the "
                           "ground truths are the columns of the IoU matrix")]

MIN_OVERLAP = 1e-6  # MultiBoxTarget's greedy step takes only pairs with IoU above it


def iou_matrix(anchors, boxes):
    """The IoU (n_a, n_gt) of corner boxes in float32, as MultiBoxTarget computes it."""
    a = np.asarray(as_array(anchors), "float32").reshape(-1, 4)
    b = np.asarray(as_array(boxes), "float32").reshape(-1, 4)
    w = np.maximum(np.float32(0), np.minimum(a[:, None, 2], b[None, :, 2])
                   - np.maximum(a[:, None, 0], b[None, :, 0]))
    h = np.maximum(np.float32(0), np.minimum(a[:, None, 3], b[None, :, 3])
                   - np.maximum(a[:, None, 1], b[None, :, 1]))
    inter = w * h
    union = ((a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1]))[:, None] + (
        (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]))[None, :] - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(union == 0, np.float32(0), inter / union).astype("float32")


def assign(iou, iou_threshold=0.5):
    """MultiBoxTarget's matching on an IoU matrix (n_a, n_gt): an int64 array (n_a,)."""
    iou = np.asarray(iou, "float32")
    n_a, n_gt = iou.shape
    out = np.full(n_a, -1, "int64")
    free = iou.astype("float64").copy()
    for _ in range(n_gt):
        flat = int(np.argmax(free))
        i, j = divmod(flat, n_gt)
        if not free[i, j] > MIN_OVERLAP:
            break
        out[i] = j
        free[i, :] = -1
        free[:, j] = -1
    for i in np.flatnonzero(out < 0):
        j = int(np.argmax(iou[i]))
        if iou[i, j] > np.float32(iou_threshold):
            out[i] = j
    return out


def stand_in(ground_truth, anchors, iou_threshold=0.5):
    """The grader's correct assign_anchor_to_bbox: float32 indices (-1: no ground truth),
    an NDArray of shape (n_a,)."""
    return nd.array(assign(iou_matrix(anchors, ground_truth), iou_threshold), dtype="float32")


STAND_IN = stand_in


# --- the named mistakes ----------------------------------------------------------------


def indices(got, n_a):
    """The answer as an int64 array (n_a,), or a message saying what is wrong with it."""
    arr = as_array(got)
    if arr is None and isinstance(got, (list, tuple)):
        try:
            arr = np.asarray([float(as_array(v)) if as_array(v) is not None else v
                              for v in got])
        except (TypeError, ValueError):
            arr = None
    if arr is None or arr.dtype.kind not in "biuf":
        return None, (f"assign_anchor_to_bbox should return an NDArray of {n_a} indices, "
                      f"one per anchor, but it returned {describe(got)}")
    arr = arr.reshape(-1) if arr.size == n_a else arr
    if arr.shape != (n_a,):
        return None, (f"the result has shape {arr.shape}, expected ({n_a},): one entry per "
                      "anchor (the rows of box_iou(anchors, ground_truth))")
    if not np.isfinite(arr).all() or (np.round(arr) != arr).any():
        return None, "the entries should be whole numbers: ground-truth indices, or -1"
    return arr.astype("int64"), None


def diagnose(got, expected, variants, iou, iou_threshold):
    """Named mistakes, by comparing with the variants (``reference.variants``): the
    threshold rule alone, >= instead of >, each ground truth's best anchor without the
    greedy order; and a ground truth given an anchor it does not overlap."""
    arr, problem = indices(got, len(expected))
    if problem:
        return problem
    if np.array_equal(arr, expected):
        return None
    iou = np.asarray(iou)
    for i in np.flatnonzero(arr >= 0):
        j = arr[i]
        if j >= iou.shape[1]:
            return (f"anchor {i} got index {j}, but there are only {iou.shape[1]} ground "
                    "truths")
        if iou[i, j] <= MIN_OVERLAP:
            return (f"anchor {i} is assigned ground truth {j}, which it does not overlap "
                    f"(IoU {iou[i, j]:.3g}): a ground truth that overlaps no anchor gets "
                    "none (MultiBoxTarget's first step only takes pairs with IoU > 0)")
    named = {
        "threshold_only": ("only the threshold rule was applied: first, every ground truth "
                           "must get the anchor of largest IoU with it (greedily, the largest "
                           "IoU of the whole matrix first), even when that IoU is below the "
                           "threshold; only the remaining anchors use the threshold"),
        "greater_equal": (f"an anchor whose best IoU equals the threshold ({iou_threshold}) "
                          "was assigned: MultiBoxTarget assigns only IoU > threshold, "
                          "strictly"),
        "per_gt_argmax": ("each ground truth took its own best anchor without the greedy "
                          "order: when two ground truths want one anchor, the pair of "
                          "largest IoU wins and the other ground truth takes its best "
                          "anchor among those left (remove the row and the column of "
                          "each pair taken)"),
    }
    for key, message in named.items():
        if key in variants and np.array_equal(arr, variants[key]) and not np.array_equal(
                variants[key], expected):
            return message
    return None


def check_result(got, expected, variants, iou, iou_threshold, name):
    problem = diagnose(got, expected, variants, iou, iou_threshold)
    if problem:
        return problem
    arr, _ = indices(got, len(expected))
    if not np.array_equal(arr, expected):
        bad = int(np.flatnonzero(arr != expected)[0])
        return (f"{name}: anchor {bad} got {arr[bad]}, expected {expected[bad]} "
                f"(got {arr.tolist()}, expected {np.asarray(expected).tolist()})")
    return None


VARIANTS = ("threshold_only", "greater_equal", "per_gt_argmax")


def _recorded(fn, cases):
    for i in range(int(cases["count"])):
        gt, anchors = cases[f"gt{i}"], cases[f"anchors{i}"]
        thr = float(cases[f"thr{i}"])
        variants = {k: cases[f"{k}{i}"] for k in VARIANTS if f"{k}{i}" in cases}
        problem = check_result(fn(nd.array(gt), nd.array(anchors), thr), cases[f"out{i}"],
                               variants, iou_matrix(anchors, gt), thr,
                               f"case {i} ({len(anchors)} anchors, {len(gt)} ground truths, "
                               f"iou_threshold={thr})")
        if problem:
            return problem
    return None


CHECKS = [("assigns the book's cat and dog, recorded scenes and IoUs of exactly the threshold "
            "as MultiBoxTarget does", _recorded)]
