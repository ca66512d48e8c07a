# mistake: only the threshold rule: no ground truth is sure to get its best anchor
# exercise: assign_anchor_to_bbox
# status: failed
# message: only the threshold rule

def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    jaccard = box_iou(anchors, ground_truth)
    best = nd.argmax(jaccard, axis=1)
    top = nd.max(jaccard, axis=1)
    return nd.where(top > iou_threshold, best, -nd.ones_like(best))
