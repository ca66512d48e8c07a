"""Reference `box_iou`: ``nd.contrib.box_iou(lhs, rhs, format='corner')``."""

import numpy as np
from mxnet import nd


def box_iou(boxes1, boxes2):
    return nd.contrib.box_iou(nd.array(np.asarray(boxes1, "float32")),
                              nd.array(np.asarray(boxes2, "float32")),
                              format="corner").asnumpy()


def random_boxes(rng, n, lo=0.0, hi=1.0):
    """n corner boxes inside [lo, hi]^2 with sides of at least a tenth of hi - lo."""
    span = hi - lo
    xy = rng.uniform(lo, lo + 0.6 * span, size=(n, 2))
    wh = rng.uniform(0.1 * span, 0.4 * span, size=(n, 2))
    return np.concatenate([xy, xy + wh], axis=1).astype("float32")


def disjoint_pairs(rng, n):
    """Boxes1 in the top-left quarter, boxes2 in the bottom-right one: apart in x and in y,
    so an unclipped intersection is a positive product of two negative lengths."""
    return random_boxes(rng, n, 0.0, 0.45), random_boxes(rng, n + 1, 0.55, 1.0)


def overlapping_boxes(rng, n):
    """n corner boxes that all contain the square [0.45, 0.55]^2: every pair overlaps."""
    lo = rng.uniform(0.0, 0.45, size=(n, 2))
    hi = rng.uniform(0.55, 1.0, size=(n, 2))
    return np.concatenate([lo, hi], axis=1).astype("float32")


def mixed_boxes(rng, n, m):
    """(n + 2, 4) and (m + 2, 4) boxes: random ones, then one of each set overlapping each
    other and one of each set apart in x and in y (whatever the random ones do)."""
    a, b = disjoint_pairs(rng, 1)
    both = overlapping_boxes(rng, 2)
    return (np.concatenate([random_boxes(rng, n), both[:1], a[:1]]),
            np.concatenate([random_boxes(rng, m), both[1:], b[:1]]))


def public_cases(rng):
    b1 = np.concatenate([random_boxes(rng, 3), disjoint_pairs(rng, 1)[0]])
    b2 = np.concatenate([random_boxes(rng, 2), disjoint_pairs(rng, 1)[1]])
    return {"boxes1": b1, "boxes2": b2, "out": box_iou(b1, b2)}
