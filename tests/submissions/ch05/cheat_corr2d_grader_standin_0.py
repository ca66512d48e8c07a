# mistake: imports the grader's stand-in corr2d, which runs d2l.corr2d
# exercise: corr2d
# status: forbidden
# message: standins.ch05.corr2d, d2l.corr2d

from child.standins.ch05 import corr2d  # noqa: F401 - the answer itself
