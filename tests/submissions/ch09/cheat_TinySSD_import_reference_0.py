# mistake: imports the grader's reference TinySSD from the autograder package on disk (it is not in the sandbox)
# exercise: TinySSD
# status: error
# message: autograder
# alone: yes

import sys

sys.path[:0] = ["/work/main", "../..", "../../..", "/course/.."]


def TinySSD(num_classes):
    from autograder.exercises.ch09.TinySSD import reference as _ref

    return _ref.TinySSD(num_classes)
