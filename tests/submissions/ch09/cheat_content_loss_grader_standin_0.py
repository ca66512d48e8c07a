# mistake: imports the grader's stand-in
# exercise: content_loss
# status: forbidden
# message: content_loss.public

from d2l.selfcheck.ch09.content_loss.public import STAND_IN as content_loss  # noqa: F401
