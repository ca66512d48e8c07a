# mistake: imports the grader's own reference from the autograder package on disk (it is not in the sandbox)
# exercise: multibox_detection
# status: error
# message: autograder
# alone: yes

import sys

sys.path[:0] = ["/work/main", "../..", "../../..", "/course/.."]


def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    from autograder.exercises.ch09.multibox_detection import reference as _ref

    return nd.array(_ref.multibox_detection(cls_probs.asnumpy(), offset_preds.asnumpy(),
                                            anchors.asnumpy(), nms_threshold))
