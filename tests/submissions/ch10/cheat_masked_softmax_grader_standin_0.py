# mistake: imports the grader's stand-in from its public module
# exercise: masked_softmax
# status: forbidden
# message: the grader's own code

from d2l.selfcheck.ch10.masked_softmax.public import STAND_IN as masked_softmax  # noqa: F401
