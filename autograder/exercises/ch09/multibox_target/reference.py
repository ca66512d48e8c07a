"""Reference `multibox_target`: MXNet's ``contrib.nd.MultiBoxTarget`` (overlap threshold
0.5, no negative mining), and the classes of the threshold rule alone."""

import numpy as np
from mxnet import contrib, nd

from autograder.exercises.ch09.assign_anchor_to_bbox import reference as assign_ref
from d2l.selfcheck.ch09.assign_anchor_to_bbox import public as assign_ex

BOOK_LABELS = np.concatenate([np.array([[0], [1]], "float32"), assign_ref.BOOK_GT],
                             axis=1)[None]
BOOK_ANCHORS = assign_ref.BOOK_ANCHORS[None]


def multibox_target(anchors, labels):
    anchors, labels = np.asarray(anchors, "float32"), np.asarray(labels, "float32")
    out = contrib.nd.MultiBoxTarget(nd.array(anchors), nd.array(labels),
                                    nd.zeros((labels.shape[0], 2, anchors.shape[1])))
    return [o.asnumpy().astype("float64") for o in out]


def threshold_only(anchors, labels, thr=0.5):
    """The class labels when each anchor takes its best ground truth above the threshold
    and nothing else."""
    out = []
    for image in np.asarray(labels, "float32"):
        n = int(np.argmax(image[:, 0] < 0)) if (image[:, 0] < 0).any() else len(image)
        iou = assign_ex.iou_matrix(anchors[0], image[:n, 1:])
        best = iou.argmax(axis=1)
        out.append(np.where(iou.max(axis=1) > thr, image[:n, 0][best] + 1, 0))
    return np.stack(out).astype("float64")


def batch(rng, anchors, counts, n_rows, classes=4):
    """Labels (batch, n_rows, 5): image k has counts[k] ground truths of random classes
    (scenes where the threshold rule alone is wrong), then rows of -1."""
    labels = -np.ones((len(counts), n_rows, 5), "float32")
    for k, n in enumerate(counts):
        labels[k, :n, 1:] = assign_ref.plain_scene(rng, anchors[0], n)
        labels[k, :n, 0] = rng.integers(0, classes, size=n)
        labels[k, 0, 0] = rng.integers(1, classes)  # a class above 0 in every image
    return labels


def prior_anchors(h, w, sizes, ratios):
    return assign_ref.prior_anchors(h, w, sizes, ratios)[None]


def public_cases(rng):
    anchors = prior_anchors(2, 3, [0.6, 0.3], [1, 2, 0.5])
    scenes = [(BOOK_ANCHORS, BOOK_LABELS), (anchors, batch(rng, anchors, [2, 1], 3))]
    cases = {"count": np.array(len(scenes))}
    for i, (an, lab) in enumerate(scenes):
        cases.update({f"anchors{i}": an, f"labels{i}": lab,
                      f"threshold_only{i}": threshold_only(an, lab)})
        cases.update({f"{k}{i}": v for k, v in zip(
            ("bbox_offsets", "bbox_masks", "cls_labels"), multibox_target(an, lab))})
    return cases
