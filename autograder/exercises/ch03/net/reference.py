"""Reference MLP `net`: Gluon ``Dense(num_hiddens, 'relu')`` then ``Dense(num_outputs)``."""

import numpy as np
from mxnet import autograd, gluon, nd


def _nd(x):
    return nd.array(np.asarray(x), dtype="float32")


def mlp(X, W1, b1, W2, b2):
    """The book's MLP as Gluon layers: Dense(relu) then Dense, weights transposed."""
    hidden = gluon.nn.Dense(W1.shape[1], activation="relu", in_units=W1.shape[0])
    output = gluon.nn.Dense(W2.shape[1], in_units=W2.shape[0])
    for layer, W, b in ((hidden, W1, b1), (output, W2, b2)):
        layer.initialize()
        layer.weight.set_data(_nd(np.asarray(W).T))
        layer.bias.set_data(_nd(b))
    x = _nd(X).reshape((-1, W1.shape[0]))
    return output(hidden(x)).asnumpy()


def mlp_grad_X(X, W1, b1, W2, b2, head):
    x = _nd(X)
    x.attach_grad()
    with autograd.record():
        h = nd.relu(nd.dot(x.reshape((-1, W1.shape[0])), _nd(W1)) + _nd(b1))
        out = nd.dot(h, _nd(W2)) + _nd(b2)
    out.backward(_nd(head))
    return x.grad.asnumpy()


def public_cases(rng):
    X = rng.normal(size=(2, 1, 4, 2)).astype("float32")
    W1 = rng.normal(size=(8, 5)).astype("float32")
    b1 = rng.normal(size=(5,)).astype("float32")
    W2 = rng.normal(size=(5, 3)).astype("float32")
    b2 = rng.normal(size=(3,)).astype("float32")
    return {"X": X, "W1": W1, "b1": b1, "W2": W2, "b2": b2, "out": mlp(X, W1, b1, W2, b2)}
