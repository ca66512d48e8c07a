"""Reference `attention_model`: the book's two Gluon Dense layers (tanh, no bias,
flatten=False) with given weights."""

import numpy as np
from mxnet import nd

from d2l.selfcheck.ch10.attention_model import public as ex


def scores(X, W1, W2):
    """The book's model with weights W1 (size, features) and W2 (1, size) on X."""
    model = ex.STAND_IN(W1.shape[0])
    model.initialize()
    X = nd.array(X)
    model(X)
    for p, w in zip(model.collect_params().values(), (W1, W2)):
        p.set_data(nd.array(w))
    return model(X).asnumpy()


def public_cases(rng):
    size, steps, batch, features = 5, 4, 3, 6
    X = (rng.normal(size=(steps, batch, features)) * 2).astype("float32")
    W1 = (rng.normal(size=(size, features)) * 0.5).astype("float32")
    W2 = rng.normal(size=(1, size)).astype("float32")
    return {"size": np.array(size), "X": X, "W1": W1, "W2": W2, "out": scores(X, W1, W2)}
