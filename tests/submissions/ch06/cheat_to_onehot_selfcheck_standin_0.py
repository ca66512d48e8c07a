# mistake: uses the public check's stand-in to_onehot, which is d2l.to_onehot
# exercise: to_onehot
# status: forbidden
# message: d2l.to_onehot

from d2l.selfcheck import ch06 as public


def to_onehot(X, size):
    return public._onehot_standin(X, size)
