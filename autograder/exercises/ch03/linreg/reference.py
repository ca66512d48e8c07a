"""Reference `linreg`: a Gluon ``Dense(1)`` layer holding ``w`` and ``b``, and its gradients."""

import numpy as np
from mxnet import autograd, gluon, nd


def _nd(x):
    return nd.array(np.asarray(x), dtype="float32")


def linreg(X, w, b):
    """A Gluon ``Dense(1)`` holding ``w`` (transposed to MXNet's layout) and ``b``."""
    layer = gluon.nn.Dense(1, in_units=w.shape[0])
    layer.initialize()
    layer.weight.set_data(_nd(np.asarray(w).T))
    layer.bias.set_data(_nd(b))
    return layer(_nd(X)).asnumpy()


def linreg_grads(X, w, b, head):
    x, wt, bias = _nd(X), _nd(np.asarray(w).T), _nd(b)
    for a in (x, wt, bias):
        a.attach_grad()
    with autograd.record():
        out = nd.FullyConnected(x, wt, bias, num_hidden=wt.shape[0])
    out.backward(_nd(head))
    return x.grad.asnumpy(), wt.grad.asnumpy().T, bias.grad.asnumpy()


def public_cases(rng):
    X = rng.normal(size=(3, 4)).astype("float32")
    w = rng.normal(size=(4, 1)).astype("float32")
    b = (rng.normal(size=(1,)) + 2).astype("float32")
    head = rng.normal(size=(3, 1)).astype("float32")
    gX, gw, gb = linreg_grads(X, w, b, head)
    return {"X": X, "w": w, "b": b, "out": linreg(X, w, b), "head": head,
            "grad_X": gX, "grad_w": gw, "grad_b": gb}
