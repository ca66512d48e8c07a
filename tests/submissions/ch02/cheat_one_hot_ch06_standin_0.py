# mistake: a cheat: chapter 6's to_onehot stand-in from the public tree (nd.one_hot inside)
# exercise: one_hot
# status: forbidden
# message: nd.one_hot

from d2l.selfcheck.ch06.to_onehot.public import STAND_IN as _to_onehot


def one_hot(indices, depth):
    flat = indices.reshape((1, -1))
    return _to_onehot(flat, depth)[0].reshape(indices.shape + (depth,))
