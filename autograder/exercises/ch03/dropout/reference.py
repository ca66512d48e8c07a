"""Reference `dropout`: ``nd.Dropout`` in training mode, for its statistics (the masks are
random: the checks compare the fraction dropped and the scale of the kept entries)."""

import numpy as np
from mxnet import autograd, nd


def dropout_train(X, p, seed=0):
    """``nd.Dropout`` in training mode: keeps each entry with probability 1 - p and scales
    the kept ones by 1 / (1 - p)."""
    import mxnet as mx

    mx.random.seed(seed)
    with autograd.train_mode():
        return nd.Dropout(nd.array(np.asarray(X), dtype="float32"), p=p).asnumpy()


def dropped_fraction(X, p):
    return float((dropout_train(X, p) == 0).mean())
