# mistake: imports the grader's stand-in relu, which is nd.relu
# exercise: relu
# status: forbidden
# message: MXNet ran: child.standins.ch03.relu, relu

from child.standins.ch03 import relu  # noqa: F401 - the answer itself
