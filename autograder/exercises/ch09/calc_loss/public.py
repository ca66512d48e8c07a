"""`calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks)` (§9.7): SSD's
loss per example, softmax cross-entropy of the anchors' classes plus the L1 loss of the
offsets of the positive anchors (the masks)."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden()

MISTAKES = {
    "no_masks": "the offsets of every anchor count: multiply both bbox_preds and "
                "bbox_labels by bbox_masks, so that background anchors (mask 0) add nothing",
    "l2": "the offsets' loss is the squared (L2) one: the book uses gloss.L1Loss(), the "
          "mean absolute difference",
    "cls_only": "the offsets' loss is missing: return cls + bbox",
}
SCALAR = ("calc_loss returns one number: the book's returns one loss per example, shape "
          "(batch,), cls_loss(...) + bbox_loss(...) without summing or averaging over the "
          "batch (l.backward() and trainer.step(batch_size) do that)")


def named(got, variants, n):
    """The named mistake whose losses ``got`` are, or the scalar mistake (``n`` examples)."""
    arr = as_array(got)
    if arr is None:
        return None
    if n > 1 and arr.size == 1:
        return SCALAR
    for key, wrong in variants.items():
        if arr.shape == wrong.shape and np.allclose(arr, wrong, 1e-4, 1e-6):
            return MISTAKES[key]
    return None


def args_of(cases):
    return [nd.array(cases[k]) for k in ("cls_preds", "cls_labels", "bbox_preds",
                                          "bbox_labels", "bbox_masks")]


def _recorded(fn, cases):
    got = fn(*args_of(cases))
    problem = mismatch(got, cases["out"], 1e-4, 1e-6,
                       name="calc_loss of a recorded batch of 2 images with 6 anchors")
    if problem:
        variants = {k[2:]: cases[k] for k in cases if k.startswith("v_")}
        return named(got, variants, 2) or problem
    return None


CHECKS = [("matches the book's loss (cross-entropy plus masked L1) on a recorded batch",
           _recorded)]
