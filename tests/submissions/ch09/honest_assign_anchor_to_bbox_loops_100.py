# mistake: none: plain Python loops over the IoU matrix as lists, the greedy step by hand
# exercise: assign_anchor_to_bbox
# status: passed
# message:

def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    iou = box_iou(anchors, ground_truth).asnumpy().tolist()
    n_a, n_gt = len(iou), len(iou[0])
    result = [-1] * n_a
    used_a, used_g = set(), set()
    while len(used_g) < n_gt:
        best, pair = 1e-6, None
        for i in range(n_a):
            if i in used_a:
                continue
            for j in range(n_gt):
                if j not in used_g and iou[i][j] > best:
                    best, pair = iou[i][j], (i, j)
        if pair is None:
            break
        result[pair[0]] = pair[1]
        used_a.add(pair[0])
        used_g.add(pair[1])
    for i in range(n_a):
        if i in used_a:
            continue
        j = max(range(n_gt), key=lambda k: (iou[i][k], -k))
        if iou[i][j] > np.float32(iou_threshold):
            result[i] = j
    return nd.array(result)
