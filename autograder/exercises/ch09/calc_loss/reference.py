"""Reference `calc_loss`: the book's code on Gluon's SoftmaxCrossEntropyLoss and L1Loss, its
gradient, and the named mistakes."""

import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import loss as gloss

from d2l.selfcheck.ch09.calc_loss import public as ex

cls_loss = gloss.SoftmaxCrossEntropyLoss()
bbox_loss = gloss.L1Loss()


def _loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks, variant=None):
    cls = cls_loss(cls_preds, cls_labels)
    if variant == "no_masks":
        bbox = bbox_loss(bbox_preds, bbox_labels)
    elif variant == "l2":
        bbox = gloss.L2Loss()(bbox_preds * bbox_masks, bbox_labels * bbox_masks)
    elif variant == "cls_only":
        return cls
    else:
        bbox = bbox_loss(bbox_preds * bbox_masks, bbox_labels * bbox_masks)
    return cls + bbox


def calc_loss(*args, variant=None):
    return _loss(*[nd.array(a) for a in args], variant=variant).asnumpy()


def calc_loss_grads(*args):
    """The gradients with respect to cls_preds and bbox_preds (head gradient ones)."""
    arrays = [nd.array(a) for a in args]
    for i in (0, 2):
        arrays[i].attach_grad()
    with autograd.record():
        out = _loss(*arrays)
    out.backward()
    return arrays[0].grad.asnumpy(), arrays[2].grad.asnumpy()


def variants(*args):
    return {key: calc_loss(*args, variant=key) for key in ex.MISTAKES}


def batch(rng, n, anchors, num_classes, all_positive=False):
    """A batch as MultiBoxTarget labels it: class labels 0 (background) to num_classes, the
    offsets' mask 1 on the four offsets of each positive anchor."""
    cls_preds = rng.normal(size=(n, anchors, num_classes + 1)).astype("float32")
    labels = rng.integers(0, num_classes + 1, size=(n, anchors))
    if all_positive:
        labels = rng.integers(1, num_classes + 1, size=(n, anchors))
    else:
        labels[:, 0] = 0
        labels[:, 1] = rng.integers(1, num_classes + 1, size=n)
    masks = np.repeat((labels > 0).astype("float32"), 4, axis=1)
    bbox_preds = rng.normal(size=(n, 4 * anchors)).astype("float32")
    bbox_labels = (rng.normal(size=(n, 4 * anchors)) * masks).astype("float32")
    return [cls_preds, labels.astype("float32"), bbox_preds, bbox_labels, masks]


def public_cases(rng):
    args = batch(rng, 2, 6, 2)
    names = ("cls_preds", "cls_labels", "bbox_preds", "bbox_labels", "bbox_masks")
    cases = dict(zip(names, args))
    cases["out"] = calc_loss(*args)
    for key, v in variants(*args).items():
        cases[f"v_{key}"] = v
    return cases
