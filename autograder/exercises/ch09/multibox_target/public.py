"""`multibox_target(anchors, labels)` (§9.4): the training targets of the anchors, equal to
``contrib.nd.MultiBoxTarget(anchors, labels, cls_preds)``; what the student sees, the
public checks and the named mistakes.

``anchors`` (1, n_a, 4) corners; ``labels`` (batch, n_gt, 5) rows [class, x1, y1, x2, y2],
padded with rows of -1 (the ground truths of an image are its rows before the first row of
class -1). Per image, each anchor gets a ground truth by ``assign_anchor_to_bbox`` (threshold
0.5). Returns ``(bbox_offsets (batch, n_a * 4), bbox_masks (batch, n_a * 4), cls_labels
(batch, n_a))``: an anchor with ground truth (class c, box g) has class c + 1, mask 1 on its
four entries and the offsets ((cx_g - cx_a) / w_a / 0.1, (cy_g - cy_a) / h_a / 0.1,
log(w_g / w_a) / 0.2, log(h_g / h_a) / 0.2); any other anchor has class 0 (background),
mask 0 and offsets 0. The checks hand the grader's correct ``assign_anchor_to_bbox``,
``box_iou`` and ``box_corner_to_center`` to the answer (``STAND_INS``)."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch09.assign_anchor_to_bbox.public import TARGET_OPS

SECTION = "§9.4 锚框"
# box_encode computes the offsets with the variances (means 0, stds 0.1, 0.1, 0.2, 0.2).
FORBIDDEN = Forbidden(ops=TARGET_OPS | {"_contrib_box_encode"},
                      what="contrib.nd.MultiBoxTarget, nd.contrib.bipartite_matching or "
                           "nd.contrib.box_encode")
STAND_INS = {"assign_anchor_to_bbox": "assign_anchor_to_bbox", "box_iou": "box_iou",
             "box_corner_to_center": "box_corner_to_center"}
HINTS = [("Shape inconsistent", "anchors come as (1, n_a, 4), as MultiBoxPrior makes them: "
                                "take anchors[0] for one image's (n_a, 4)")]

VARIANCES = np.array([0.1, 0.1, 0.2, 0.2])
OFFSET_TOL = (1e-4, 1e-4)  # float32 offsets, divided by 0.1 and by widths down to ~0.05
NAMES = ("bbox_offsets", "bbox_masks", "cls_labels")


def split(got, batch, n_a):
    """The three outputs as float64 arrays, or a message saying what is wrong."""
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        return None, ("multibox_target should return three NDArrays (bbox_offsets, "
                      f"bbox_masks, cls_labels), but it returned {describe(got)}")
    shapes = [(batch, n_a * 4), (batch, n_a * 4), (batch, n_a)]
    out = []
    for value, name, shape in zip(got, NAMES, shapes):
        arr = as_array(value)
        if arr is None or arr.dtype.kind not in "biuf":
            return None, f"{name} should be an NDArray of shape {shape}, got {describe(value)}"
        if arr.shape != shape:
            hint = ""
            if arr.size == np.prod(shape):
                hint = (": flatten each image's anchors, as MultiBoxTarget does "
                        "(reshape to (batch, -1))")
            elif name == "bbox_masks" and arr.size * 4 == np.prod(shape):
                hint = (": the mask has one entry per offset, four per anchor "
                        "(repeat each anchor's 0 or 1 four times)")
            return None, f"{name} has shape {arr.shape}, expected {shape}{hint}"
        out.append(arr.astype("float64"))
    return out, None


def diagnose(got, expected, variants, padded):
    """Named mistakes: offsets without the variances, classes not shifted by one, wrong
    masks, the threshold rule alone (``variants["threshold_only"]``: its classes), anchors
    matched to padding rows (``padded``: the labels have some)."""
    offsets, masks, cls = expected
    arrs, problem = split(got, *cls.shape)
    if problem:
        return problem
    g_off, g_mask, g_cls = arrs
    if padded and ((np.repeat(g_cls == 0, 4, axis=1) & (g_mask != 0)).any()
                   or not np.isfinite(g_off).all()):
        return ("an anchor was matched to a padding row: the rows of class -1 (all "
                "coordinates -1) only fill up the batch; an image's ground truths are its "
                "rows before the first row of class -1")
    if not np.array_equal(g_cls, cls):
        if np.array_equal(g_cls, np.where(cls > 0, cls - 1, 0)):
            return ("the classes are not shifted by one: class 0 is the background, so an "
                    "anchor labelled with a ground truth of class c gets c + 1")
        if "threshold_only" in variants and np.array_equal(g_cls, variants["threshold_only"]):
            return ("only the threshold rule was applied: first every ground truth takes "
                    "its best anchor, even below the threshold (assign_anchor_to_bbox)")
        return None
    if not np.array_equal(g_mask, masks):
        if np.array_equal(g_mask, np.repeat(cls, 4, axis=1)):
            return "bbox_masks holds the class labels: it should be 1 or 0 (float)"
        return ("bbox_masks is wrong: it is 1 on the four offsets of each anchor that has a "
                "ground truth (class > 0) and 0 on those of the background anchors")
    scale = np.tile(VARIANCES, cls.shape[1])[None, :]
    if (np.allclose(g_off, offsets * scale, *OFFSET_TOL)
            and not np.allclose(offsets * scale, offsets, *OFFSET_TOL)):
        return ("the offsets are not divided by the variances: divide the x and y offsets "
                "by 0.1 and the log width and height ratios by 0.2, as MultiBoxTarget does")
    if not np.allclose(g_off * (1 - masks), 0):
        return "the offsets of background anchors (mask 0) should be 0"
    return None


def check_result(got, expected, variants, padded, name):
    problem = diagnose(got, expected, variants, padded)
    if problem:
        return problem
    arrs, _ = split(got, *expected[2].shape)
    for arr, want, what in zip(arrs[::-1], expected[::-1], NAMES[::-1]):
        tol = OFFSET_TOL if what == "bbox_offsets" else (0, 0)
        problem = mismatch(arr, want, *tol, name=f"{what} of {name}")
        if problem:
            return problem
    return None


def _recorded(fn, cases):
    for i in range(int(cases["count"])):
        anchors, labels = cases[f"anchors{i}"], cases[f"labels{i}"]
        expected = [cases[f"{k}{i}"] for k in NAMES]
        problem = check_result(fn(nd.array(anchors), nd.array(labels)), expected,
                               {"threshold_only": cases[f"threshold_only{i}"]},
                               bool((labels[:, :, 0] < 0).any()),
                               f"case {i} (labels of shape {labels.shape}, "
                               f"{anchors.shape[1]} anchors)")
        if problem:
            return problem
    return None


CHECKS = [("the book's cat and dog and a padded batch: offsets, masks and classes as "
           "MultiBoxTarget makes them", _recorded)]
