# mistake: imports the grader's stand-in lstm, which runs MXNet's fused RNN operator
# exercise: lstm
# status: forbidden
# message: RNN

from child.standins.ch06 import lstm as _lstm


def lstm(inputs, state, params):
    return _lstm(inputs, state, params)
