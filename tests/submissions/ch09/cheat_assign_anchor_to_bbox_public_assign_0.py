# mistake: a cheat: the grader's matching and IoU (public.assign, public.iou_matrix)
# exercise: assign_anchor_to_bbox
# status: forbidden
# message: public.

from d2l.selfcheck.ch09.assign_anchor_to_bbox import public as _p


def assign_anchor_to_bbox(ground_truth, anchors, iou_threshold=0.5):
    return nd.array(_p.assign(_p.iou_matrix(anchors.asnumpy(), ground_truth.asnumpy()),
                              iou_threshold))
