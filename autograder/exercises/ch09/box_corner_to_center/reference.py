"""Reference `box_corner_to_center`: MXNet's arithmetic on the columns, in float32."""

import numpy as np
from mxnet import nd


def box_corner_to_center(boxes):
    b = nd.array(np.asarray(boxes, "float32"))
    x1, y1, x2, y2 = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    return nd.stack((x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1, axis=1).asnumpy()


def random_boxes(rng, n, scale=100.0):
    """n corner boxes (x1 < x2, y1 < y2) with coordinates up to about ``scale``."""
    xy = rng.uniform(0, scale, size=(n, 2))
    wh = rng.uniform(0.05 * scale, 0.6 * scale, size=(n, 2))
    return np.concatenate([xy, xy + wh], axis=1).astype("float32")


def public_cases(rng):
    boxes = random_boxes(rng, 5)
    return {"boxes": boxes, "out": box_corner_to_center(boxes)}
