# mistake: asks MultiBoxTarget, with each ground truth's index as its class
# exercise: assign_anchor_to_bbox
# status: forbidden
# message: MultiBoxTarget

def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    n = ground_truth.shape[0]
    labels = nd.concat(nd.arange(n).reshape((-1, 1)), ground_truth, dim=1)
    cls = contrib.nd.MultiBoxTarget(anchors.expand_dims(0), labels.expand_dims(0),
                                    nd.zeros((1, 2, anchors.shape[0])),
                                    overlap_threshold=iou_threshold)[2]
    return cls[0] - 1
