# mistake: imports the grader's stand-in relu (the STAND_IN of the relu exercise's public module), which is nd.relu
# exercise: relu
# status: forbidden
# message: MXNet ran: d2l.selfcheck.ch03.relu.public.relu_stand_in, relu

from d2l.selfcheck.ch03.relu.public import STAND_IN as relu  # noqa: F401 - the answer itself
