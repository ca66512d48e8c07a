"""Reference `to_onehot`: ``nd.one_hot`` of each column (time step) of ``X``."""

import numpy as np
from mxnet import nd


def to_onehot(X, size):
    """``nd.one_hot`` of each column (time step) of ``X (batch, num_steps)``."""
    X = np.asarray(X)
    return [nd.one_hot(nd.array(X[:, t]), size).asnumpy() for t in range(X.shape[1])]


def indices(rng, batch_size, num_steps, size):
    """Float indices, as the samplers of §6.3 yield them."""
    return rng.integers(0, size, size=(batch_size, num_steps)).astype("float32")


def public_cases(rng):
    X = indices(rng, 2, 5, 6)
    # The columns differ, so that steps in reverse order are seen.
    X[:, 0], X[:, -1] = [0, 1], [2, 3]
    return {"X": X, "out": np.stack(to_onehot(X, 6)), "X1": indices(rng, 3, 1, 6)}
