# mistake: copy of public greedy/iou_matrix with "float64" spelled "f8" (a constant differs)
# exercise: nms
# status: forbidden
# message: grader's own code

import inspect as _inspect

import d2l.selfcheck.ch09.nms.public as _public

_src = _inspect.getsource(_public.iou_matrix) + "\n" + _inspect.getsource(_public.greedy)
_src = _src.replace('"float64"', '"f8"')
_scope = {"np": np, "as_array": lambda a: a}
exec(compile(_src, "my_nms.py", "exec"), _scope)


def nms(boxes, scores, iou_threshold):
    keep = _scope["greedy"](boxes.asnumpy(), scores.asnumpy(), float(iou_threshold))
    return nd.array(keep, dtype="int32")
