# mistake: imports the grader's own reference log_rmse from the autograder package on disk (it is not in the sandbox)
# exercise: log_rmse
# status: error
# message: autograder
# alone: yes

import sys

sys.path[:0] = ["/work/main", "../..", "../../..", "/course/.."]


def log_rmse(net, features, labels):
    from autograder.exercises.ch03.log_rmse import reference as _ref

    return _ref.log_rmse(net.weight.data().asnumpy(), net.bias.data().asnumpy(),
                         features.asnumpy(), labels.asnumpy())
