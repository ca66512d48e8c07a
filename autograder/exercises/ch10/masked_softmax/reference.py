"""Reference `masked_softmax`: ``nd.SequenceMask`` (value -1e6) on the keys, ``nd.softmax``
over the last axis, times the 0/1 mask (the public module's ``STAND_IN``), and its gradient
through autograd."""

import numpy as np
from mxnet import autograd, nd

from d2l.selfcheck.ch10.masked_softmax import public as ex


def masked_softmax(X, valid_len, head=None):
    x = nd.array(X)
    vl = None if valid_len is None else nd.array(valid_len)
    x.attach_grad()
    with autograd.record():
        out = ex.STAND_IN(x, vl)
    if head is None:
        return out.asnumpy()
    out.backward(nd.array(head))
    return out.asnumpy(), x.grad.asnumpy()


def public_cases(rng):
    X = (rng.normal(size=(4, 3, 5)) * 2).astype("float32")
    valid_len = np.array([2, 5, 0, 3], dtype="float32")
    head = rng.normal(size=X.shape).astype("float32")
    out, grad = masked_softmax(X, valid_len, head)
    offsets = np.array([1000, -1000, 1000, -1000], dtype="float32")[:, None, None]
    big = (rng.normal(size=X.shape) * 5 + offsets).astype("float32")
    return {"X": X, "valid_len": valid_len, "out": out, "head": head, "grad": grad,
            "plain": masked_softmax(X, None), "big": big,
            "big_out": masked_softmax(big, valid_len)}
