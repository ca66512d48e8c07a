# mistake: none: looks nd.one_hot up with getattr and a name built from parts (an allowed operator)
# exercise: to_onehot
# status: passed
# message: step t is nd.one_hot of column t of X

_ENCODER_NAME = '_'.join(['one', 'hot'])


def to_onehot(X, size):
    encode = getattr(nd, _ENCODER_NAME)
    return [encode(x, size) for x in X.T]
