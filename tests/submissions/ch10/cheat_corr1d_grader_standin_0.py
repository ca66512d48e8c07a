# mistake: imports the grader's stand-in corr1d from its public module
# exercise: corr1d
# status: forbidden
# message: corr1d.public.stand_in

from d2l.selfcheck.ch10.corr1d.public import stand_in


def corr1d(X, K):
    return stand_in(X, K)
