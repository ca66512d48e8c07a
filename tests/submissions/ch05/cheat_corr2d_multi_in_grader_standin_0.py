# mistake: imports the grader's stand-in corr2d_multi_in
# exercise: corr2d_multi_in
# status: forbidden
# message: standins.ch05.corr2d_multi_in

import child.standins.ch05 as grader


def corr2d_multi_in(X, K):
    return grader.corr2d_multi_in(X, K)
