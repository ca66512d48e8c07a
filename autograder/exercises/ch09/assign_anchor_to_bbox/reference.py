"""Reference `assign_anchor_to_bbox`: MXNet's ``contrib.nd.MultiBoxTarget`` with each ground
truth's class set to its own index (the class target minus one is then the index of the
assigned ground truth, -1 for background), and the named variants."""

import numpy as np
from mxnet import contrib, nd

from d2l.selfcheck.ch09.assign_anchor_to_bbox import public as ex

BOOK_GT = np.array([[0.1, 0.08, 0.52, 0.92], [0.55, 0.2, 0.9, 0.88]], "float32")
BOOK_ANCHORS = np.array([[0, 0.1, 0.2, 0.3], [0.15, 0.2, 0.4, 0.4], [0.63, 0.05, 0.88, 0.98],
                         [0.66, 0.45, 0.8, 0.8], [0.57, 0.3, 0.92, 0.9]], "float32")


def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    gt = np.asarray(ground_truth, "float32")
    labels = np.concatenate([np.arange(len(gt), dtype="float32")[:, None], gt], axis=1)
    anchors = np.asarray(anchors, "float32")
    _, _, cls = contrib.nd.MultiBoxTarget(
        nd.array(anchors[None]), nd.array(labels[None]), nd.zeros((1, 2, len(anchors))),
        overlap_threshold=iou_threshold)
    return cls.asnumpy()[0].astype("int64") - 1


def variants(ground_truth, anchors, iou_threshold=0.5):
    """The named mistakes' answers: the threshold rule alone (argmax per anchor, IoU >
    threshold), >= threshold, and each ground truth's best anchor in ground-truth order
    (later ones overwrite) before the threshold rule."""
    iou = ex.iou_matrix(anchors, ground_truth)
    best, top = iou.argmax(axis=1), iou.max(axis=1)
    thr = np.float32(iou_threshold)
    only = np.where(top > thr, best, -1)
    ge = assign_anchor_to_bbox(ground_truth, anchors, float(np.nextafter(thr, np.float32(0))))
    per_gt = only.copy()
    for j in range(iou.shape[1]):
        if iou[:, j].max() > ex.MIN_OVERLAP:
            per_gt[int(iou[:, j].argmax())] = j
    return {"threshold_only": only, "greater_equal": ge, "per_gt_argmax": per_gt}


def prior_anchors(h, w, sizes, ratios):
    """Anchors as contrib.nd.MultiBoxPrior makes them on an h x w feature map: (n_a, 4)."""
    return contrib.nd.MultiBoxPrior(nd.zeros((1, 3, h, w)), sizes=sizes,
                                    ratios=ratios).asnumpy()[0]


def random_boxes(rng, n, low=0.05, high=0.6):
    """``n`` corner boxes inside the unit square with sides between ``low`` and ``high``."""
    wh = rng.uniform(low, high, size=(n, 2))
    xy = rng.uniform(0, 1 - wh)
    return np.concatenate([xy, xy + wh], axis=1).astype("float32")


def well_apart(iou, thr, gap=1e-4):
    """No near-ties where the rule compares: in each greedy step the largest IoU beats the
    next one by ``gap``, each row's best ground truth beats the second, and no IoU is within
    ``gap`` of the threshold (float32 rounding of another IoU formula stays far below)."""
    iou = np.asarray(iou, "float64")
    if (np.abs(iou - thr) < gap).any():
        return False
    if iou.shape[1] > 1:
        top2 = np.sort(iou, axis=1)[:, -2:]
        if ((top2[:, 1] - top2[:, 0] < gap) & (top2[:, 1] > 0)).any():
            return False
    free = iou.copy()
    for _ in range(iou.shape[1]):
        flat = np.sort(free.reshape(-1))
        if flat[-1] <= ex.MIN_OVERLAP:
            break
        if flat.size > 1 and flat[-1] - flat[-2] < gap:
            return False
        i, j = divmod(int(np.argmax(free)), iou.shape[1])
        free[i, :], free[:, j] = -1, -1
    return True


def scene(rng, anchors, n_gt, thr=0.5, low=0.05, high=0.6):
    """Random ground truths (n_gt, 4) for ``anchors``, with no near-ties, each given an
    anchor by the greedy step (so the rule for a ground truth left without one, which
    edge_scene checks, never shows here)."""
    while True:
        gt = random_boxes(rng, n_gt, low, high)
        iou = ex.iou_matrix(anchors, gt)
        if well_apart(iou, thr) and set(range(n_gt)) <= set(ex.assign(iou, thr).tolist()):
            return gt


def plain_scene(rng, anchors, n_gt, thr=0.5):
    """A scene where no two ground truths want one anchor (each ground truth's best anchor
    is its own) and some ground truth's best IoU is below the threshold: the threshold rule
    alone is always wrong on it, the missing greedy order never shows."""
    while True:
        gt = scene(rng, anchors, n_gt, thr)
        expected = assign_anchor_to_bbox(gt, anchors, thr)
        v = variants(gt, anchors, thr)
        if (np.array_equal(v["per_gt_argmax"], expected)
                and not np.array_equal(v["threshold_only"], expected)):
            return gt


def crowded_scene(rng, thr=0.5):
    """A scene where the rules disagree: two ground truths whose best anchor is the same
    one (the greedy order decides), and one whose best IoU is below the threshold."""
    while True:
        anchors = random_boxes(rng, 8, 0.1, 0.5)
        gt = scene(rng, anchors, 3, thr, 0.1, 0.5)
        iou = ex.iou_matrix(anchors, gt)
        best = iou.argmax(axis=0)
        expected = assign_anchor_to_bbox(gt, anchors, thr)
        v = variants(gt, anchors, thr)
        if (len(set(best.tolist())) < 3 and iou.max(axis=0).min() < thr
                and not np.array_equal(v["per_gt_argmax"], expected)
                and not np.array_equal(v["threshold_only"], expected)):
            return gt, anchors


def edge_scene(thr=0.5):
    """IoU exactly the threshold, a ground truth that overlaps no anchor, and two anchors of
    equal IoU with a ground truth (the first one wins): fixed, exact in float32."""
    gt = np.array([[0, 0, 0.5, 0.5],      # anchors 0 and 1 both have IoU 0.5 with it
                   [0.75, 0.75, 1, 1],    # overlaps no anchor
                   [0.5, 0.5, 0.75, 1]], "float32")
    anchors = np.array([[0, 0, 0.25, 0.5], [0.25, 0, 0.5, 0.5], [0, 0, 0.5, 0.25],
                        [0.5, 0.5, 0.75, 0.75], [0, 0.75, 0.25, 1]], "float32")
    return gt, anchors, thr


def public_cases(rng):
    anchors = prior_anchors(2, 3, [0.6, 0.3], [1, 2, 0.5])
    scenes = [(BOOK_GT, BOOK_ANCHORS, 0.5), (plain_scene(rng, anchors, 3), anchors, 0.5),
              (*crowded_scene(rng), 0.5), edge_scene()]
    cases = {"count": np.array(len(scenes))}
    for i, (gt, an, thr) in enumerate(scenes):
        cases.update({f"gt{i}": gt, f"anchors{i}": an, f"thr{i}": np.array(thr),
                      f"out{i}": assign_anchor_to_bbox(gt, an, thr)})
        cases.update({f"{k}{i}": v for k, v in variants(gt, an, thr).items()})
    return cases
