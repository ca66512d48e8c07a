# mistake: imports the grader's stand-in from its public module
# exercise: masked_softmax
# status: forbidden
# message: calls the built-in

from d2l.selfcheck.ch10.masked_softmax.public import STAND_IN as masked_softmax  # noqa: F401
