# mistake: a cheat: step 1 by nd.contrib.bipartite_matching, the greedy matching of MultiBoxTarget
# exercise: assign_anchor_to_bbox
# status: forbidden
# message: bipartite_matching

def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    jaccard = box_iou(anchors, ground_truth)
    step1 = nd.contrib.bipartite_matching(jaccard, threshold=1e-6)[0]
    best = jaccard.argmax(axis=1)
    best_iou = jaccard.max(axis=1)
    rest = nd.where(best_iou > iou_threshold, best, -nd.ones_like(best))
    return nd.where(step1 >= 0, step1, rest)
