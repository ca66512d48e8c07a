# mistake: imports the grader's stand-in corr2d (from its public module), which runs d2l.corr2d
# exercise: corr2d
# status: forbidden
# message: corr2d.public.stand_in

from d2l.selfcheck.ch05.corr2d.public import STAND_IN as corr2d  # noqa: F401 - the answer
