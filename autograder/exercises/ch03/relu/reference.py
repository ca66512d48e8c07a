"""Reference `relu`: ``nd.relu`` and its gradient."""

import numpy as np
from mxnet import autograd, nd


def relu(X):
    return nd.relu(nd.array(X)).asnumpy()


def relu_grad(X, head):
    x = nd.array(X)
    x.attach_grad()
    with autograd.record():
        out = nd.relu(x)
    out.backward(nd.array(head))
    return x.grad.asnumpy()


def away_from_zero(rng, shape):
    X = rng.normal(size=shape)
    return (X + np.sign(X) * 0.01).astype("float32")  # the kink at 0 has no gradient


def public_cases(rng):
    X = away_from_zero(rng, (3, 4))
    head = rng.normal(size=(3, 4)).astype("float32")
    return {"X": X, "out": relu(X), "head": head, "grad": relu_grad(X, head)}
