# mistake: imports the grader's reference box_iou from the autograder package on disk (it is not in the sandbox)
# exercise: box_iou
# status: error
# message: autograder
# alone: yes

import sys

sys.path[:0] = ["/work/main", "../..", "../../..", "/course/.."]


def box_iou(boxes1, boxes2):
    from autograder.exercises.ch09.box_iou import reference as _ref

    return nd.array(_ref.box_iou(boxes1.asnumpy(), boxes2.asnumpy()))
