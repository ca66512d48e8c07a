# mistake: a cheat: box_iou through mx.nd.op and mx.nd._internal by built names
# exercise: box_iou
# status: forbidden
# message: box_iou

import mxnet as _mx


def box_iou(boxes1, boxes2):
    for mod in (_mx.nd.op, _mx.nd._internal, _mx.nd.contrib):
        op = getattr(mod, "_contrib_" + "box_iou", None) or getattr(mod, "box" + "_iou", None)
        if op is not None:
            return op(boxes1, boxes2, format="corner")
