"""Reference `nms`: ``nd.contrib.box_nms`` over all boxes at once (``force_suppress=True``,
``id_index=-1``), each row carrying its own index in column 0 so that the kept rows say
which boxes they are."""

import numpy as np
from mxnet import nd

from d2l.selfcheck.ch09.nms import public as ex


def nms(boxes, scores, iou_threshold):
    boxes = np.asarray(boxes, "float32")
    scores = np.asarray(scores, "float32").reshape(-1)
    n = len(scores)
    data = np.concatenate([np.arange(n, dtype="float32")[:, None], scores[:, None], boxes], 1)
    out = nd.contrib.box_nms(nd.array(data), overlap_thresh=float(iou_threshold),
                             valid_thresh=0, topk=-1, coord_start=2, score_index=1,
                             id_index=-1, force_suppress=True, in_format="corner",
                             out_format="corner").asnumpy()
    return out[out[:, 0] >= 0, 0].astype("int64")


def clusters(rng, n_clusters=3, per=4, lonely=2):
    """Boxes in clusters of jittered copies (so that some overlap a lot) and a few alone."""
    out = []
    for _ in range(n_clusters):
        c = rng.uniform(0.2, 0.8, size=2)
        wh = rng.uniform(0.1, 0.3, size=2)
        for _ in range(per):
            cc = c + rng.normal(scale=0.03, size=2)
            ww = wh * rng.uniform(0.7, 1.3, size=2)
            out.append(np.concatenate([cc - ww / 2, cc + ww / 2]))
    for _ in range(lonely):
        c, wh = rng.uniform(0.1, 0.9, size=2), rng.uniform(0.05, 0.15, size=2)
        out.append(np.concatenate([c - wh / 2, c + wh / 2]))
    return np.array(out, "float32")


def random_case(rng):
    """(boxes, scores, threshold) on which every named mistake gives another answer than
    the right one, no IoU within 0.02 of the threshold and no two scores close."""
    grid = np.round(np.linspace(0.3, 0.6, 31), 3)
    while True:
        boxes = clusters(rng)
        n = len(boxes)
        matrix = ex.iou_matrix(boxes)
        iou = matrix[np.triu_indices(n, 1)]
        # thresholds on the grid at least 0.02 from every IoU
        far = grid[np.min(np.abs(iou[None, :] - grid[:, None]), axis=1) >= 0.02]
        for _ in range(8 if len(far) else 0):
            # distinct scores, at least 0.2 / n apart
            scores = ((rng.permutation(n) + rng.uniform(0.1, 0.9, size=n)) / n).astype("float32")
            t = float(rng.choice(far))
            right = ex.greedy(boxes, scores, t, iou=matrix)
            order = np.argsort(-scores, kind="stable")
            wrong = [ex.greedy(boxes, scores, t, against_suppressed=True, iou=matrix),
                     ex.greedy(boxes, scores, t, sort=False, iou=matrix), right[:1],
                     np.sort(right),
                     np.argsort(order)[right]]
            if all(len(w) != len(right) or not np.array_equal(w, right) for w in wrong):
                return boxes, scores, t


def public_cases(rng):
    boxes, scores, t = random_case(rng)
    return {"boxes": boxes, "scores": scores, "threshold": np.array(t),
            "keep": nms(boxes, scores, t)}
