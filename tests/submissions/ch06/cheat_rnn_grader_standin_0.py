# mistake: imports the grader's stand-in rnn, which runs MXNet's fused RNN operator
# exercise: rnn
# status: forbidden
# message: RNN

from child.standins.ch06 import rnn  # noqa: F401 - the answer itself
