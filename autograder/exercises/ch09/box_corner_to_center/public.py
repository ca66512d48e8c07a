"""`box_corner_to_center(boxes)` (§9.3): corner boxes (x1, y1, x2, y2) to centre boxes
(cx, cy, w, h), what the student sees, the public check and the named mistakes."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.3 目标检测和边界框"
# box_decode with zero offsets converts centre boxes to corners, box_encode the other way.
FORBIDDEN = Forbidden(ops=frozenset({"box_decode", "box_encode"}),
                      what="nd.contrib.box_decode / box_encode")
HINTS = [("could not be broadcast", "Take the columns as boxes[:, 0] ... boxes[:, 3] (each "
                                    "of shape (n,)) and put the results side by side with "
                                    "nd.stack(..., axis=1)")]


def to_center(boxes):
    """The conversion in float64 NumPy (the diagnoses' model)."""
    b = np.asarray(as_array(boxes), "float64")
    return np.stack([(b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2,
                     b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]], axis=1)


def stand_in(boxes):
    """The grader's correct box_corner_to_center (NDArray in, NDArray out)."""
    x1, y1, x2, y2 = (boxes[:, i] for i in range(4))
    return nd.stack((x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1, axis=1)


STAND_IN = stand_in


def tol(boxes):
    """float32 rounding of sums and differences of coordinates as large as the input's."""
    b = np.asarray(as_array(boxes), "float64")
    return 1e-5, 1e-6 + 4e-7 * float(np.max(np.abs(b))) if b.size else 1e-6


def diagnose(got, boxes, name="box_corner_to_center(boxes)"):
    """Names a mistake: width and height swapped, half sums missing, the reverse
    conversion, matplotlib's (x, y, w, h), a transposed result."""
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
    right = to_center(b)
    if np.allclose(arr, right, rtol=rtol, atol=atol):
        return None
    x1, y1, x2, y2 = b.T
    w, h = x2 - x1, y2 - y1
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    wrong = [
        (np.stack([cx, cy, h, w], 1), "width and height are swapped: w = x2 - x1 comes "
                                      "third and h = y2 - y1 fourth"),
        (np.stack([cy, cx, h, w], 1), "x and y are swapped: the columns are (x1, y1, x2, "
                                      "y2) and the result is (cx, cy, w, h)"),
        (np.stack([x1 + x2, y1 + y2, w, h], 1), "the centre is x1 + x2: divide by 2"),
        (np.stack([x1 + w, y1 + h, w, h], 1), "the centre is x1 + w: it is x1 + w / 2"),
        (np.stack([x1, y1, w, h], 1), "the first two columns are the top-left corner "
                                      "(matplotlib's (x, y, width, height)), not the centre"),
        (np.stack([x1 - x2 / 2, y1 - y2 / 2, x1 + x2 / 2, y1 + y2 / 2], 1),
         "this is the reverse conversion (centre to corner): the input boxes are corners "
         "(x1, y1, x2, y2)"),
        (np.stack([cx, cy, -w, -h], 1), "the width is x1 - x2: it is x2 - x1 (and "
                                        "h = y2 - y1)"),
    ]
    for candidate, message in wrong:
        if np.allclose(arr, candidate, rtol=rtol, atol=atol):
            return f"{name}: {message}"
    return None


def _recorded(fn, cases):
    boxes, expected = cases["boxes"], cases["out"]
    got = fn(nd.array(boxes))
    return diagnose(got, boxes) or mismatch(got, expected, *tol(boxes),
                                            name="box_corner_to_center(boxes)")


def _book(fn, cases):
    boxes = np.array([[60, 45, 378, 516], [400, 112, 655, 493]], "float32")
    got = fn(nd.array(boxes))
    return diagnose(got, boxes) or mismatch(got, to_center(boxes), *tol(boxes),
                                            name="the book's dog and cat boxes")


CHECKS = [
    ("the book's dog and cat: (219, 280.5, 318, 471), (527.5, 302.5, 255, 381)", _book),
    ("matches the reference on recorded boxes", _recorded),
]
