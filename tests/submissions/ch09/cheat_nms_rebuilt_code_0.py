# mistake: runs the grader's NMS model through a function rebuilt from its code object, under another name
# exercise: nms
# status: forbidden
# message: greedy

import types as _types

import d2l.selfcheck.ch09.nms.public as _m

_copy = _types.FunctionType(_m.greedy.__code__, dict(vars(_m)), "mine", _m.greedy.__defaults__)


def nms(boxes, scores, iou_threshold):
    return nd.array(_copy(boxes.asnumpy(), scores.asnumpy(), float(iou_threshold)),
                    dtype="int32")
