"""`box_iou(boxes1, boxes2)` (§9.4): the (n, m) intersection over union of two sets of
corner boxes, what the student sees, the public check and the named mistakes."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.4 锚框"
FORBIDDEN = Forbidden(ops=frozenset({"box_iou"}), what="nd.contrib.box_iou")
HINTS = [("could not be broadcast", "Give boxes1's columns shape (n, 1) and boxes2's shape "
                                    "(1, m) (reshape or expand_dims) so that nd.broadcast_"
                                    "maximum / broadcast_minimum make (n, m) arrays")]


def iou_np(b1, b2, clip=True, subtract=True, center=False, plus_one=0.0):
    """IoU in float64 NumPy with the usual mistakes as switches (the diagnoses' model)."""
    b1 = np.asarray(as_array(b1), "float64")
    b2 = np.asarray(as_array(b2), "float64")
    if center:
        b1, b2 = (np.stack([b[:, 0] - b[:, 2] / 2, b[:, 1] - b[:, 3] / 2,
                            b[:, 0] + b[:, 2] / 2, b[:, 1] + b[:, 3] / 2], 1) for b in (b1, b2))
    area1 = (b1[:, 2] - b1[:, 0] + plus_one) * (b1[:, 3] - b1[:, 1] + plus_one)
    area2 = (b2[:, 2] - b2[:, 0] + plus_one) * (b2[:, 3] - b2[:, 1] + plus_one)
    lo = np.maximum(b1[:, None, :2], b2[None, :, :2])
    hi = np.minimum(b1[:, None, 2:], b2[None, :, 2:])
    wh = hi - lo + plus_one
    if clip:
        wh = np.maximum(wh, 0)
    inter = wh[..., 0] * wh[..., 1]
    union = area1[:, None] + area2[None, :] - (inter if subtract else 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return inter / union


def stand_in(boxes1, boxes2):
    """The grader's correct box_iou (NDArrays in, an (n, m) NDArray out)."""
    a = boxes1.expand_dims(axis=1)
    b = boxes2.expand_dims(axis=0)
    lo = nd.broadcast_maximum(a.slice_axis(axis=2, begin=0, end=2),
                              b.slice_axis(axis=2, begin=0, end=2))
    hi = nd.broadcast_minimum(a.slice_axis(axis=2, begin=2, end=4),
                              b.slice_axis(axis=2, begin=2, end=4))
    wh = nd.relu(hi - lo)
    inter = wh[:, :, 0] * wh[:, :, 1]
    area1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    area2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    union = nd.broadcast_add(area1.reshape((-1, 1)), area2.reshape((1, -1))) - inter
    return inter / union


STAND_IN = stand_in
TOL = (1e-5, 1e-6)


def diagnose(got, b1, b2, name="box_iou(boxes1, boxes2)"):
    """Names a mistake: transposed result, no clipping at 0, the union without the
    intersection subtracted, centre format, a +1 pixel convention."""
    arr = as_array(got)
    if arr is None:
        return None
    arr = np.asarray(arr, "float64")
    n, m = len(b1), len(b2)
    if arr.shape == (m, n) and n != m:
        return (f"{name} has shape ({m}, {n}): expected ({n}, {m}), one row per box of "
                "boxes1 and one column per box of boxes2")
    if arr.shape != (n, m):
        return None
    right = iou_np(b1, b2)
    if np.allclose(arr, right, *TOL):
        return None
    wrong = [
        (iou_np(b1, b2, clip=False), "boxes that do not overlap get a nonzero IoU: clip "
                                     "the intersection's width and height at 0 (when both "
                                     "are negative their product is positive)"),
        (iou_np(b1, b2, subtract=False), "the union is area1 + area2: subtract the "
                                         "intersection (identical boxes must give 1)"),
        (iou_np(b1, b2, center=True), "the boxes were read as (cx, cy, w, h): they are "
                                      "corners (x1, y1, x2, y2)"),
        (iou_np(b1, b2, plus_one=1.0), "the widths are x2 - x1 + 1 (a pixel convention): "
                                       "box_iou uses x2 - x1"),
        (iou_np(b1, b2, clip=False, subtract=False), "the intersection is not clipped at 0 "
                                                     "and the union does not subtract it"),
    ]
    for candidate, message in wrong:
        if np.allclose(arr, candidate, *TOL, equal_nan=True):
            return f"{name}: {message}"
    return None


def _check(fn, b1, b2, expected, name):
    got = fn(nd.array(b1), nd.array(b2))
    return diagnose(got, b1, b2, name) or mismatch(got, expected, *TOL, name=name)


def _book(fn, cases):
    anchors = np.array([[0, 0.1, 0.2, 0.3], [0.15, 0.2, 0.4, 0.4], [0.63, 0.05, 0.88, 0.98],
                        [0.66, 0.45, 0.8, 0.8], [0.57, 0.3, 0.92, 0.9]], "float32")
    truth = np.array([[0.1, 0.08, 0.52, 0.92], [0.55, 0.2, 0.9, 0.88]], "float32")
    return _check(fn, anchors, truth, iou_np(anchors, truth),
                  "box_iou of the book's five anchors and two true boxes")


def _recorded(fn, cases):
    return _check(fn, cases["boxes1"], cases["boxes2"], cases["out"],
                  "box_iou on recorded boxes")


CHECKS = [
    ("the book's anchors against the dog and the cat (a (5, 2) result)", _book),
    ("matches nd.contrib.box_iou on recorded boxes, disjoint ones included", _recorded),
]
