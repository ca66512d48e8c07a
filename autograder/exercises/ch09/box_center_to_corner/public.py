"""`box_center_to_corner(boxes)` (§9.3): centre boxes (cx, cy, w, h) to corner boxes
(x1, y1, x2, y2), what the student sees, the public check and the named mistakes."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.3 目标检测和边界框"
# box_decode with zero offsets is exactly this conversion (format='center').
FORBIDDEN = Forbidden(ops=frozenset({"box_decode", "box_encode"}),
                      what="nd.contrib.box_decode / box_encode")
HINTS = [("could not be broadcast", "Take the columns as boxes[:, 0] ... boxes[:, 3] (each "
                                    "of shape (n,)) and put the results side by side with "
                                    "nd.stack(..., axis=1)")]


def to_corner(boxes):
    """The conversion in float64 NumPy (the diagnoses' model)."""
    b = np.asarray(as_array(boxes), "float64")
    return np.stack([b[:, 0] - b[:, 2] / 2, b[:, 1] - b[:, 3] / 2,
                     b[:, 0] + b[:, 2] / 2, b[:, 1] + b[:, 3] / 2], axis=1)


def stand_in(boxes):
    """The grader's correct box_center_to_corner (NDArray in, NDArray out)."""
    cx, cy, w, h = (boxes[:, i] for i in range(4))
    return nd.stack(cx - 0.5 * w, cy - 0.5 * h, cx + 0.5 * w, cy + 0.5 * h, axis=1)


STAND_IN = stand_in


def tol(boxes):
    """float32 rounding of sums of coordinates as large as the input's."""
    b = np.asarray(as_array(boxes), "float64")
    return 1e-5, 1e-6 + 4e-7 * float(np.max(np.abs(b))) if b.size else 1e-6


def diagnose(got, boxes, name="box_center_to_corner(boxes)"):
    """Names a mistake: width and height swapped, the whole width instead of half, the
    reverse conversion, matplotlib's (x, y, w, h), a transposed result."""
    arr = as_array(got)
    b = np.asarray(as_array(boxes), "float64")
    if arr is None:
        return None
    arr = np.asarray(arr, "float64")
    n = b.shape[0]
    if arr.shape == (4, n) and n != 4:
        return (f"{name} has shape (4, {n}): one row per box is expected, shape ({n}, 4) "
                "(stack the four columns with axis=1)")
    if arr.shape != (n, 4):
        return None
    rtol, atol = tol(b)
    if np.allclose(arr, to_corner(b), rtol=rtol, atol=atol):
        return None
    cx, cy, w, h = b.T
    wrong = [
        (np.stack([cx - h / 2, cy - w / 2, cx + h / 2, cy + w / 2], 1),
         "width and height are swapped: x1 = cx - w / 2 uses the width (column 2) and "
         "y1 = cy - h / 2 the height (column 3)"),
        (np.stack([cx - w, cy - h, cx + w, cy + h], 1),
         "the corners are a whole width and height from the centre: use half of each, "
         "x1 = cx - w / 2"),
        (np.stack([cx - w / 2, cy - h / 2, w, h], 1),
         "the last two columns are the width and height: they should be the bottom-right "
         "corner x2 = cx + w / 2, y2 = cy + h / 2"),
        (np.stack([cx, cy, cx + w, cy + h], 1),
         "the first two columns are taken as the top-left corner: they are the centre"),
        (np.stack([(cx + w) / 2, (cy + h) / 2, w - cx, h - cy], 1),
         "this is the reverse conversion (corner to centre): the input boxes are "
         "(cx, cy, w, h)"),
    ]
    for candidate, message in wrong:
        if np.allclose(arr, candidate, rtol=rtol, atol=atol):
            return f"{name}: {message}"
    return None


def _recorded(fn, cases):
    boxes, expected = cases["boxes"], cases["out"]
    got = fn(nd.array(boxes))
    return diagnose(got, boxes) or mismatch(got, expected, *tol(boxes),
                                            name="box_center_to_corner(boxes)")


def _book(fn, cases):
    boxes = np.array([[219, 280.5, 318, 471], [527.5, 302.5, 255, 381]], "float32")
    got = fn(nd.array(boxes))
    return diagnose(got, boxes) or mismatch(got, to_corner(boxes), *tol(boxes),
                                            name="the book's dog and cat boxes")


CHECKS = [
    ("the book's dog and cat back to [60, 45, 378, 516], [400, 112, 655, 493]", _book),
    ("matches nd.contrib.box_decode on recorded boxes", _recorded),
]
