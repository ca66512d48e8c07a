"""Reference `f`: the book's code run in MXNet (the public module's ``book_f``)."""

import numpy as np
from mxnet import autograd, nd

from d2l.selfcheck.ch02.f import public as ex


def f(a):
    return ex.book_f(nd.array(a, dtype="float64")).asnumpy()


def grad(a):
    x = nd.array(a, dtype="float64")
    x.attach_grad()
    with autograd.record():
        c = ex.book_f(x)
    c.backward()
    return x.grad.asnumpy()


def public_cases(rng):
    a = [np.array([rng.uniform(0.2, 2)], "float32"), np.array([-rng.uniform(0.2, 2)], "float32"),
         rng.normal(size=4).astype("float32")]
    out = {}
    for k, v in enumerate(a):
        out[f"a{k}"], out[f"c{k}"] = v, f(v)
    return out
