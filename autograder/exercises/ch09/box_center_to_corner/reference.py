"""Reference `box_center_to_corner`: ``nd.contrib.box_decode`` of zero offsets with the boxes
as anchors in centre format, which returns the anchors as corners."""

import numpy as np
from mxnet import nd


def box_center_to_corner(boxes):
    b = nd.array(np.asarray(boxes, "float32")).expand_dims(axis=0)
    return nd.contrib.box_decode(nd.zeros_like(b), b, format="center")[0].asnumpy()


def random_boxes(rng, n, scale=100.0):
    """n centre boxes (cx, cy, w, h) with w, h > 0 and coordinates up to about ``scale``."""
    c = rng.uniform(0, scale, size=(n, 2))
    wh = rng.uniform(0.05 * scale, 0.6 * scale, size=(n, 2))
    return np.concatenate([c, wh], axis=1).astype("float32")


def public_cases(rng):
    boxes = random_boxes(rng, 5)
    return {"boxes": boxes, "out": box_center_to_corner(boxes)}
