"""`multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5)` (§9.4): the
predicted boxes after non-maximum suppression, equal to ``contrib.nd.MultiBoxDetection(
cls_probs, offset_preds, anchors, nms_threshold=...)`` with its defaults (clip, threshold
0.01, background 0, per-class NMS); what the student sees, the public checks and the named
mistakes.

``cls_probs`` (batch, 1 + C, n_a), ``offset_preds`` (batch, n_a * 4), ``anchors`` (1, n_a, 4).
Per image and anchor: the class is the largest of the C foreground probabilities (the first
of equal ones; the background probability is not compared), an anchor whose score is below
0.01 is background. The box is the anchor moved by its offsets with the variances
(0.1, 0.1, 0.2, 0.2), clipped to [0, 1]. The rows [class, score, x1, y1, x2, y2] of the
non-background anchors come first, by decreasing score (equal scores: by anchor index);
going down the list, a row whose box has IoU >= nms_threshold with a kept row of its class
higher up gets class -1 (it keeps its score and box). Then one row of -1 for every
background anchor. The checks hand the grader's correct ``nms``, ``box_iou`` and box
conversions to the answer (``STAND_INS``)."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden

SECTION = "§9.4 锚框"
# box_decode turns the offsets into boxes with the variances (as box_center_to_corner forbids).
FORBIDDEN = Forbidden(ops={"_contrib_MultiBoxDetection", "_contrib_box_nms",
                           "_contrib_box_decode"},
                      what="contrib.nd.MultiBoxDetection, nd.contrib.box_nms or "
                           "nd.contrib.box_decode")
STAND_INS = {"nms": "nms", "box_iou": "box_iou", "box_corner_to_center": "box_corner_to_center",
             "box_center_to_corner": "box_center_to_corner"}
HINTS = [("Shape inconsistent", "cls_probs is (batch, 1 + C, n_a) and offset_preds (batch, "
                                "n_a * 4): work image by image, cls_probs[i] and "
                                "offset_preds[i].reshape((-1, 4))")]

TOL = (1e-4, 1e-5)  # float32 boxes decoded in another order
MISTAKES = {
    "no_variances": ("the offsets were decoded without the variances: the center moves by "
                     "offset * 0.1 * anchor width (height), the width is multiplied by "
                     "exp(offset * 0.2)"),
    "no_clip": "the boxes are not clipped to [0, 1], as MultiBoxDetection does by default",
    "across_classes": ("the non-maximum suppression ran across classes: a box suppresses only "
                       "boxes of its own class (force_suppress=False)"),
    "background_kept": ("an anchor whose background probability is the largest was dropped: "
                        "the class is the largest of the foreground probabilities "
                        "cls_probs[1:], without comparing with the background; only a score "
                        "below 0.01 makes an anchor background"),
    "second_edition": ("this is the book's second edition's multibox_detection, which differs "
                       "from MultiBoxDetection: it runs one NMS across all classes, moves the "
                       "suppressed rows after the kept ones, keeps the anchors of score below "
                       "0.01 as rows with score 1 - score instead of rows of -1, and does not "
                       "clip the boxes (see the exercise's notes on the second edition)"),
}


def as_output(got, shape):
    """The answer as a float64 array of ``shape``, or a message."""
    arr = as_array(got)
    if arr is None or arr.dtype.kind not in "biuf":
        return None, (f"multibox_detection should return an NDArray of shape {shape}, but it "
                      f"returned {describe(got)}")
    if arr.shape != shape:
        hint = " (one row per anchor for each image)" if arr.size != np.prod(shape) else ""
        return None, f"the result has shape {arr.shape}, expected {shape}{hint}"
    return arr.astype("float64"), None


def _rows(arr):
    """Each image's non-padding rows (class >= 0 or a score), sorted, to compare as sets."""
    out = []
    for image in arr:
        rows = image[~np.all(image == -1, axis=1)]
        out.append(rows[np.lexsort(rows.T[::-1])])
    return out


def _same_rows(a, b):
    ra, rb = _rows(a), _rows(b)
    return all(x.shape == y.shape and np.allclose(x, y, *TOL) for x, y in zip(ra, rb))


def _valid(arr):
    out = []
    for image in arr:
        rows = image[image[:, 0] >= 0]
        out.append(rows[np.lexsort(rows.T[::-1])])
    return out


def diagnose(got, expected, variants):
    """Named mistakes, by comparison with the operator's answer under other settings
    (``variants``: no_variances, no_clip, across_classes, background_kept, second_edition)
    and the rows' order."""
    arr, problem = as_output(got, expected.shape)
    if problem:
        return problem
    if np.allclose(arr, expected, *TOL):
        return None
    for key, message in MISTAKES.items():
        v = variants.get(key)
        if v is None or np.allclose(v, expected, *TOL):
            continue
        if key == "background_kept":
            if all(x.shape == y.shape and np.allclose(x, y, *TOL)
                   for x, y in zip(_valid(arr), _valid(v))):
                return message
        elif np.allclose(arr, v, *TOL) or _same_rows(arr, v):
            return message
    if _same_rows(arr, expected):
        return ("the right rows in the wrong order: sort the detections by decreasing score "
                "(the suppressed ones, class -1, stay in their place), then the rows of -1 "
                "of the background anchors")
    if not np.isfinite(arr).all():
        return "the result contains NaN or infinity"
    return None


def check_result(got, expected, variants, name):
    problem = diagnose(got, expected, variants)
    if problem:
        return problem
    return mismatch(got, expected, *TOL, name=name)


def _recorded(fn, cases):
    for i in range(int(cases["count"])):
        args = [nd.array(cases[f"{k}{i}"]) for k in ("cls_probs", "offset_preds", "anchors")]
        thr = float(cases[f"thr{i}"])
        variants = {k: cases[f"{k}{i}"] for k in MISTAKES}
        problem = check_result(fn(*args, nms_threshold=thr), cases[f"out{i}"], variants,
                               f"case {i} (cls_probs of shape {args[0].shape}, "
                               f"nms_threshold={thr})")
        if problem:
            return problem
    return None


CHECKS = [("the book's four boxes and a recorded scene as MultiBoxDetection gives them",
           _recorded)]
