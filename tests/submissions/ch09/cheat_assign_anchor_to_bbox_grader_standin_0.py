# mistake: a cheat: calls the grader's own assign_anchor_to_bbox from the public module
# exercise: assign_anchor_to_bbox
# status: forbidden
# message: assign_anchor_to_bbox

from d2l.selfcheck.ch09.assign_anchor_to_bbox.public import stand_in as _s


def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    return _s(ground_truth, anchors, iou_threshold)
