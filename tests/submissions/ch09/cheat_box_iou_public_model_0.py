# mistake: a cheat: the IoU from the grader's own box_iou.public.iou_np
# exercise: box_iou
# status: forbidden
# message: public.

from d2l.selfcheck.ch09.box_iou.public import iou_np as _iou


def box_iou(boxes1, boxes2):
    return nd.array(_iou(boxes1.asnumpy(), boxes2.asnumpy()))
