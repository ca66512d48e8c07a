# mistake: uses the stand-in to_onehot that the checks of predict_rnn run (the STAND_IN of the to_onehot exercise's public module), which is d2l.to_onehot
# exercise: to_onehot
# status: forbidden
# message: d2l.to_onehot

from d2l.selfcheck.ch06.to_onehot import public


def to_onehot(X, size):
    return public.STAND_IN(X, size)
