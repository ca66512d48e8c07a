# mistake: imports the grader's stand-in
# exercise: style_loss
# status: forbidden
# message: style_loss.public

from d2l.selfcheck.ch09.style_loss.public import STAND_IN as style_loss  # noqa: F401
