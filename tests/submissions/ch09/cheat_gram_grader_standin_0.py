# mistake: imports the grader's stand-in
# exercise: gram
# status: forbidden
# message: gram.public

from d2l.selfcheck.ch09.gram.public import STAND_IN as gram  # noqa: F401
