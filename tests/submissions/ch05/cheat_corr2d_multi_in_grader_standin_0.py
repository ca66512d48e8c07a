# mistake: imports the grader's stand-in corr2d_multi_in (from its public module)
# exercise: corr2d_multi_in
# status: forbidden
# message: corr2d_multi_in.public.stand_in

import d2l.selfcheck.ch05.corr2d_multi_in.public as grader


def corr2d_multi_in(X, K):
    return grader.STAND_IN(X, K)
