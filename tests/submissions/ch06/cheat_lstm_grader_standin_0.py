# mistake: imports the grader's stand-in lstm (the STAND_IN of the lstm exercise's public module), which runs MXNet's fused RNN operator
# exercise: lstm
# status: forbidden
# message: RNN

from d2l.selfcheck.ch06.lstm.public import STAND_IN as _lstm


def lstm(inputs, state, params):
    return _lstm(inputs, state, params)
