# mistake: imports the grader's stand-in
# exercise: attention_model
# status: forbidden
# message: attention_model.public

from d2l.selfcheck.ch10.attention_model.public import STAND_IN as attention_model  # noqa: F401
