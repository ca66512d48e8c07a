# mistake: imports the grader's stand-in
# exercise: tv_loss
# status: forbidden
# message: tv_loss.public

from d2l.selfcheck.ch09.tv_loss.public import STAND_IN as tv_loss  # noqa: F401
