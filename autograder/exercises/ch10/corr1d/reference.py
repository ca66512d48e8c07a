"""Reference `corr1d`: ``nd.Convolution`` of one channel with one kernel in one dimension."""

import numpy as np
from mxnet import nd


def corr1d(X, K):
    X, K = np.asarray(X, "float32"), np.asarray(K, "float32")
    out = nd.Convolution(nd.array(X).reshape((1, 1, -1)), nd.array(K).reshape((1, 1, -1)),
                         kernel=(len(K),), num_filter=1, no_bias=True)
    return out.asnumpy().reshape(-1)


def public_cases(rng):
    cases = {}
    for i, (n, w) in enumerate([(7, 2), (9, 3)]):
        X = rng.normal(size=n).astype("float32")
        K = rng.normal(size=w).astype("float32")
        cases.update({f"X{i}": X, f"K{i}": K, f"out{i}": corr1d(X, K)})
    return cases
