"""Reference `dot_product_attention`: ``nd.batch_dot(Q, K, transpose_b=True) / sqrt(d)``, the
masked softmax of ``nd.SequenceMask`` and ``nd.softmax``, then ``nd.batch_dot`` with V (the
public module's ``STAND_IN``); gradients through autograd."""

import numpy as np
from mxnet import autograd, nd

from d2l.selfcheck.ch10.dot_product_attention import public as ex


def attention(Q, K, V, valid_len, head=None):
    arrays = [nd.array(a) for a in (Q, K, V)]
    for a in arrays:
        a.attach_grad()
    vl = None if valid_len is None else nd.array(valid_len)
    with autograd.record():
        out = ex.STAND_IN(*arrays, vl)
    if head is None:
        return out.asnumpy()
    out.backward(nd.array(head))
    return out.asnumpy(), [a.grad.asnumpy() for a in arrays]


def inputs(rng, batch, queries, keys, d, dv):
    Q = rng.normal(size=(batch, queries, d)).astype("float32")
    K = rng.normal(size=(batch, keys, d)).astype("float32")
    V = rng.normal(size=(batch, keys, dv)).astype("float32")
    return Q, K, V


def public_cases(rng):
    cases = {}
    for prefix, shape, vl in [("a_", (3, 2, 5, 4, 3), [2, 0, 5]),
                              ("s_", (2, 4, 4, 9, 2), [3, 1])]:
        Q, K, V = inputs(rng, *shape)
        vl = np.array(vl, "float32")
        cases.update({f"{prefix}Q": Q, f"{prefix}K": K, f"{prefix}V": V,
                      f"{prefix}valid_len": vl, f"{prefix}plain": attention(Q, K, V, None)})
        head = rng.normal(size=shape[:2] + shape[4:]).astype("float32")
        out, grads = attention(Q, K, V, vl, head)
        cases[f"{prefix}out"] = out
        if prefix == "a_":
            cases["a_head"] = head
            cases.update({f"a_grad_{n}": g for n, g in zip("QKV", grads)})
    return cases
