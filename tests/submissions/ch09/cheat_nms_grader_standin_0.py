# mistake: imports the grader's stand-in nms from its public module
# exercise: nms
# status: forbidden
# message: nms.public.stand_in

from d2l.selfcheck.ch09.nms.public import stand_in


def nms(boxes, scores, iou_threshold):
    return stand_in(boxes, scores, iou_threshold)
