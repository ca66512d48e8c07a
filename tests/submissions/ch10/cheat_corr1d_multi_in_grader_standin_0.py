# mistake: imports the grader's stand-in corr1d_multi_in from its public module
# exercise: corr1d_multi_in
# status: forbidden
# message: corr1d_multi_in.public.stand_in

from d2l.selfcheck.ch10.corr1d_multi_in.public import STAND_IN as corr1d_multi_in  # noqa: F401
