"""`roi_pool(X, rois, pooled_size, spatial_scale)` (§9.8): region-of-interest max pooling
as MXNet's ``nd.ROIPooling`` computes it."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.8 区域卷积神经网络（R-CNN）系列"
FORBIDDEN = Forbidden(ops={"ROIPooling", "_contrib_ROIAlign", "_contrib_RROIAlign",
                           "_contrib_PSROIPooling", "_contrib_DeformablePSROIPooling"},
                      what="nd.ROIPooling and MXNet's other ROI pooling operators")
HINTS = [("out of bounds", "an index falls outside the feature map: clip each bin's rows "
                           "and columns to [0, height] and [0, width] (bins outside the map "
                           "are empty and give 0)")]

MISTAKES = {
    "no_scale": "the ROI's coordinates are used as they are: they are in the image's pixels, "
                "so multiply them by spatial_scale (then round) to get the feature map's",
    "floor": "the scaled coordinates are floored: MXNet rounds them to the nearest "
             "integer, round(x * spatial_scale)",
    "half_even": "halves are rounded to even (Python's round or np.round: round(2.5) == 2): "
                 "MXNet rounds half away from zero, like C's round (2.5 -> 3), "
                 "floor(v + 0.5) for v >= 0",
    "exclusive_end": "the ROI leaves out its last row and column: MXNet's ROI includes its end "
                     "corner, height = y2 - y1 + 1 and width = x2 - x1 + 1",
    "floor_bins": "both ends of a bin are floored: bin i spans rows floor(i * h / ph) to "
                  "ceil((i + 1) * h / ph) (end excluded), so neighbouring bins may overlap",
    "zero_init": "a bin's maximum starts at 0: a bin of negative values gives its largest "
                 "value; only an empty bin (outside the map) gives 0",
    "first_image": "every ROI pools image 0: the ROI's first element is the index of the "
                   "image in the batch it belongs to",
}


def named(got, variants):
    """The message of the named mistake whose output ``got`` is, or None."""
    arr = as_array(got)
    if arr is None:
        return None
    for key, wrong in variants.items():
        if arr.shape == wrong.shape and np.allclose(arr, wrong, 0, 1e-6):
            return MISTAKES[key]
    return None


BOOK_X = np.arange(16, dtype="float32").reshape((1, 1, 4, 4))
BOOK_ROIS = np.array([[0, 0, 0, 20, 20], [0, 0, 10, 30, 30]], dtype="float32")


def _book(fn, cases):
    got = fn(nd.array(BOOK_X), nd.array(BOOK_ROIS), (2, 2), 0.1)
    return mismatch(got, cases["book"], 0, 0, name="roi_pool on the book's example")


def _recorded(fn, cases):
    got = fn(nd.array(cases["X"]), nd.array(cases["rois"]), (3, 2), 0.25)
    problem = mismatch(got, cases["out"], 0, 0, name="roi_pool on a recorded case")
    if problem:
        variants = {k[2:]: cases[k] for k in cases if k.startswith("v_")}
        return named(got, variants) or problem
    return None


CHECKS = [("gives the book's [[5, 6], [9, 10]] and [[9, 11], [13, 15]]", _book),
          ("matches nd.ROIPooling on a recorded batch of 2 images, 4 ROIs, "
           "pooled_size (3, 2), spatial_scale 0.25", _recorded)]
