"""Reference `corr1d_multi_in`: ``nd.Convolution`` in one dimension, one output channel."""

import numpy as np
from mxnet import nd


def corr1d_multi_in(X, K):
    X, K = np.asarray(X, "float32"), np.asarray(K, "float32")
    out = nd.Convolution(nd.array(X)[None], nd.array(K)[None], kernel=(K.shape[1],),
                         num_filter=1, no_bias=True)
    return out.asnumpy().reshape(-1)


def public_cases(rng):
    X = rng.normal(size=(3, 8)).astype("float32")
    K = rng.normal(size=(3, 3)).astype("float32")
    return {"X": X, "K": K, "out": corr1d_multi_in(X, K)}
