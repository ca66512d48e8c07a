# mistake: seeds the generator inside dropout "for reproducibility", so every call drops the same entries
# exercise: dropout
# status: partial
# message: draw a new random mask on every call

import mxnet as mx


def dropout(X, drop_prob):
    keep_prob = 1 - drop_prob
    if keep_prob == 0:
        return X.zeros_like()
    mx.random.seed(0)
    mask = nd.random.uniform(0, 1, X.shape) < keep_prob
    return mask * X / keep_prob
