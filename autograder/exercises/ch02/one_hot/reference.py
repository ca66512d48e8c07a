"""Reference `one_hot`: MXNet's ``nd.one_hot``."""

import numpy as np
from mxnet import nd


def one_hot(indices, depth):
    return nd.one_hot(nd.array(indices), depth).asnumpy()


def public_cases(rng):
    idx = rng.integers(0, 5, size=7).astype("float32")
    return {"indices": idx, "depth": np.array(6), "out": one_hot(idx, 6)}
