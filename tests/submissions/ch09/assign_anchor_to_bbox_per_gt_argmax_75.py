# mistake: each ground truth takes its own best anchor, without the greedy order (a later one overwrites)
# exercise: assign_anchor_to_bbox
# status: partial
# message: greedy order

def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    jaccard = box_iou(anchors, ground_truth).asnumpy()
    result = np.where(jaccard.max(axis=1) > iou_threshold, jaccard.argmax(axis=1), -1)
    for j in range(jaccard.shape[1]):
        if jaccard[:, j].max() > 1e-6:
            result[jaccard[:, j].argmax()] = j
    return nd.array(result)
