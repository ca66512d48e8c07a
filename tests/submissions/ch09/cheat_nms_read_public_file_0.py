# mistake: opens the public module's file, takes the grader's NMS model out of it as text and runs it from a string
# exercise: nms
# status: forbidden
# message: greedy

import d2l.selfcheck.ch09.nms.public as _where

_text = open(_where.__file__).read()
_start = _text.index("def iou_matrix")
_end = _text.index("def stand_in")
_mine = {"np": np, "as_array": lambda a: a}
exec(_text[_start:_end].replace("greedy", "my_greedy"), _mine)


def nms(boxes, scores, iou_threshold):
    return nd.array(_mine["my_greedy"](boxes.asnumpy(), scores.asnumpy(), float(iou_threshold)),
                    dtype="int32")
