# mistake: reads the source of the grader's NMS model from the public module and runs a fresh copy of it with exec
# exercise: nms
# status: forbidden
# message: greedy

import inspect as _inspect

import d2l.selfcheck.ch09.nms.public as _public

_scope = {"np": np, "as_array": lambda a: a}
exec(compile(_inspect.getsource(_public.iou_matrix) + "\n" + _inspect.getsource(_public.greedy),
             "my_nms.py", "exec"), _scope)


def nms(boxes, scores, iou_threshold):
    keep = _scope["greedy"](boxes.asnumpy(), scores.asnumpy(), float(iou_threshold))
    return nd.array(keep, dtype="int32")
