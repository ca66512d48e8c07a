# mistake: none: NDArrays only, the greedy step by masking the taken row and column
# exercise: assign_anchor_to_bbox
# status: passed
# message:

def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    n_a, n_gt = anchors.shape[0], ground_truth.shape[0]
    X = box_iou(anchors, ground_truth)
    free = X.copy()
    assigned = -nd.ones(n_a)
    for _ in range(n_gt):
        flat = int(nd.argmax(free.reshape(-1), axis=0).asscalar())
        i, j = flat // n_gt, flat % n_gt
        if free[i, j].asscalar() <= 1e-6:
            break
        assigned[i] = j
        row = nd.one_hot(nd.array([i]), n_a).reshape((-1, 1))
        col = nd.one_hot(nd.array([j]), n_gt).reshape((1, -1))
        taken = nd.broadcast_maximum(row, col)
        free = nd.where(taken > 0, -nd.ones_like(free), free)
    best = nd.argmax(X, axis=1)
    top = nd.max(X, axis=1)
    rest = (assigned < 0) * (top > iou_threshold)
    return nd.where(rest, best, assigned)
