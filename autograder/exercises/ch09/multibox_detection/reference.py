"""Reference `multibox_detection`: MXNet's ``contrib.nd.MultiBoxDetection`` with its
defaults, and the named variants by the operator's own options (variances 1, no clip,
force_suppress) or inputs (the foreground probabilities of the anchors whose background
probability is the largest set to 0)."""

import numpy as np
from mxnet import contrib, nd

from autograder.exercises.ch09.assign_anchor_to_bbox import reference as assign_ref
from d2l.selfcheck.ch09.assign_anchor_to_bbox import public as assign_ex

BOOK_ANCHORS = np.array([[[0.1, 0.08, 0.52, 0.92], [0.08, 0.2, 0.56, 0.95],
                          [0.15, 0.3, 0.62, 0.91], [0.55, 0.2, 0.9, 0.88]]], "float32")
BOOK_OFFSETS = np.zeros((1, 16), "float32")
BOOK_PROBS = np.array([[[0] * 4, [0.9, 0.8, 0.7, 0.1], [0.1, 0.2, 0.3, 0.9]]], "float32")


def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5, **kwargs):
    out = contrib.nd.MultiBoxDetection(nd.array(cls_probs), nd.array(offset_preds),
                                       nd.array(anchors), nms_threshold=nms_threshold,
                                       **kwargs)
    return out.asnumpy().astype("float64")


def variants(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    probs = np.array(cls_probs, "float32")
    bg_wins = probs[:, 0:1] >= probs[:, 1:].max(axis=1, keepdims=True)
    probs[:, 1:] = np.where(bg_wins, 0, probs[:, 1:])
    args = (cls_probs, offset_preds, anchors, nms_threshold)
    return {"no_variances": multibox_detection(*args, variances=(1, 1, 1, 1)),
            "no_clip": multibox_detection(*args, clip=False),
            "across_classes": multibox_detection(*args, force_suppress=True),
            "background_kept": multibox_detection(probs, *args[1:]),
            "second_edition": second_edition(*args)}


def _iou(a, b):
    lt = np.maximum(a[:, None, :2], b[None, :, :2])
    rb = np.minimum(a[:, None, 2:], b[None, :, 2:])
    inter = np.clip(rb - lt, 0, None).prod(axis=2)
    area = lambda x: (x[:, 2] - x[:, 0]) * (x[:, 3] - x[:, 1])  # noqa: E731
    return inter / (area(a)[:, None] + area(b)[None, :] - inter)


def second_edition(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    """The book's second edition's multibox_detection (mxnet.np tab), in NumPy: one NMS over
    all classes (suppress at IoU > threshold), the kept rows first (by score), then the
    suppressed ones in the anchors' order, and the anchors of score below 0.01 as rows of
    class -1 with score 1 - score; boxes not clipped."""
    a = np.asarray(anchors, "float64")[0]
    c = (a[:, :2] + a[:, 2:]) / 2
    wh = a[:, 2:] - a[:, :2]
    out = []
    for prob, off in zip(np.asarray(cls_probs, "float64"), np.asarray(offset_preds, "float64")):
        off = off.reshape(-1, 4)
        center, half = off[:, :2] * wh / 10 + c, np.exp(off[:, 2:] / 5) * wh / 2
        boxes = np.concatenate([center - half, center + half], axis=1)
        conf, class_id = prob[1:].max(axis=0), prob[1:].argmax(axis=0).astype("float64")
        order, keep = list(np.argsort(conf)[::-1]), []
        while order:
            i = order.pop(0)
            keep.append(i)
            if order:
                iou = _iou(boxes[i:i + 1], boxes[order])[0]
                order = [j for j, v in zip(order, iou) if v <= nms_threshold]
        non_keep = np.setdiff1d(np.arange(len(conf)), keep)
        class_id[non_keep] = -1
        idx = np.concatenate([np.array(keep, int), non_keep])
        class_id, conf, boxes = class_id[idx], conf[idx], boxes[idx]
        low = conf < 0.009999999
        class_id[low], conf[low] = -1, 1 - conf[low]
        out.append(np.concatenate([class_id[:, None], conf[:, None], boxes], axis=1))
    return np.stack(out)


def decoded(offset_preds, anchors):
    """The boxes (batch, n_a, 4) MultiBoxDetection decodes, clipped."""
    a = np.asarray(anchors, "float64")[0]
    off = np.asarray(offset_preds, "float64").reshape(len(offset_preds), -1, 4)
    c = (a[:, :2] + a[:, 2:]) / 2
    wh = a[:, 2:] - a[:, :2]
    center = off[..., :2] * 0.1 * wh + c
    half = np.exp(off[..., 2:] * 0.2) * wh / 2
    return np.clip(np.concatenate([center - half, center + half], axis=-1), 0, 1)


def scene(rng, batch=1, n_a=14, classes=2, thr=0.5, gap=2e-3):
    """Random probabilities, offsets and anchors on which each named mistake shows: some
    boxes cross the border, some anchors have a foreground score below 0.01, some have the
    largest probability on the background, boxes of different classes overlap; no near-ties
    (scores, and IoUs near the threshold)."""
    while True:
        anchors = assign_ref.random_boxes(rng, n_a, 0.15, 0.45)[None]
        anchors[0, :3] += np.array([-0.1, -0.1, 0.1, 0.1], "float32")  # across the border
        logits = rng.normal(size=(batch, 1 + classes, n_a)) * 2
        logits[:, 0, :2] += 8  # background at > 0.99: the scores are below 0.01
        probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        probs = probs.astype("float32")
        offsets = (rng.normal(size=(batch, n_a * 4)) * 0.8).astype("float32")
        top2 = np.sort(probs[:, 1:], axis=1)[:, -2:]  # (batch, 2, n_a)
        scores = top2[:, 1]
        detected = np.sort(scores[scores > 0.01])
        if ((np.diff(detected) < gap).any() or (np.abs(scores - 0.01) < gap / 2).any()
                or ((top2[:, 1] - top2[:, 0] < gap) & (scores > 0.01)).any()):
            continue
        boxes = decoded(offsets, anchors)
        ious = np.stack([assign_ex.iou_matrix(b, b) for b in boxes])
        if (np.abs(ious - thr) < gap).any() or (boxes[..., 2:] - boxes[..., :2] < 0.02).any():
            continue
        args = (probs, offsets, anchors)
        expected = multibox_detection(*args, nms_threshold=thr)
        v = variants(*args, nms_threshold=thr)
        if all(not np.allclose(x, expected, atol=1e-3) for x in v.values()):
            return probs, offsets, anchors


def public_cases(rng):
    scenes = [(BOOK_PROBS, BOOK_OFFSETS, BOOK_ANCHORS, 0.5), (*scene(rng, thr=0.4), 0.4)]
    cases = {"count": np.array(len(scenes))}
    for i, (p, o, a, thr) in enumerate(scenes):
        cases.update({f"cls_probs{i}": p, f"offset_preds{i}": o, f"anchors{i}": a,
                      f"thr{i}": np.array(thr),
                      f"out{i}": multibox_detection(p, o, a, nms_threshold=thr)})
        cases.update({f"{k}{i}": v for k, v in variants(p, o, a, thr).items()})
    return cases
