# mistake: imports the grader's stand-in rnn (the STAND_IN of the rnn exercise's public module), which runs MXNet's fused RNN operator
# exercise: rnn
# status: forbidden
# message: RNN

from d2l.selfcheck.ch06.rnn.public import STAND_IN as rnn  # noqa: F401 - the answer itself
