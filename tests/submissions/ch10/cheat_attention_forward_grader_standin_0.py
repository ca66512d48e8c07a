# mistake: imports the grader's stand-in
# exercise: attention_forward
# status: forbidden
# message: attention_forward.public

from d2l.selfcheck.ch10.attention_forward.public import STAND_IN as attention_forward  # noqa: F401
