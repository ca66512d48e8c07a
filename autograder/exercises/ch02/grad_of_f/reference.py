"""Reference `grad_of_f`: autograd through the book's f (the `f` exercise's ``book_f``) or
through ``cube``, in float64."""

import numpy as np
from mxnet import autograd, nd

from d2l.selfcheck.ch02.f.public import book_f
from d2l.selfcheck.ch02.grad_of_f import public as ex


def value_and_grad(a, fn=book_f):
    x = nd.array(a, dtype="float64")
    x.attach_grad()
    with autograd.record():
        c = fn(x)
    c.backward()
    return c.asnumpy(), x.grad.asnumpy()


def cube_grad(a):
    return value_and_grad(a, ex.cube)


def public_cases(rng):
    a0 = np.array([rng.uniform(0.3, 2)], "float32")
    a1 = (rng.uniform(0.5, 2, size=(2, 3)) * rng.choice([-1, 1], size=(2, 3))).astype("float32")
    a2 = (rng.uniform(0.5, 2, size=4) * rng.choice([-1, 1], size=4)).astype("float32")
    return {"a0": a0, "a1": a1, "a2": a2, "g0": value_and_grad(a0)[1],
            "g1": value_and_grad(a1)[1], "g2": cube_grad(a2)[1]}
