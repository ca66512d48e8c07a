"""Reference `smooth_l1`: MXNet's ``nd.smooth_l1(x, scalar=sigma)``, and the named mistakes
in NumPy."""

import numpy as np
from mxnet import autograd, nd

from d2l.selfcheck.ch09.smooth_l1 import public as ex


def smooth_l1(x, sigma):
    return nd.smooth_l1(nd.array(x), scalar=sigma).asnumpy()


def smooth_l1_grad(x, sigma, head):
    x = nd.array(x)
    x.attach_grad()
    with autograd.record():
        y = nd.smooth_l1(x, scalar=sigma)
    y.backward(nd.array(head))
    return x.grad.asnumpy()


def variants(x, sigma):
    x = np.asarray(x, "float64")
    s2, a = sigma * sigma, np.abs(x)
    quad, lin = 0.5 * s2 * x * x, a - 0.5 / s2
    out = {
        "threshold_sigma": np.where(a < 1 / sigma, quad, lin),
        "offset_sigma": np.where(a < 1 / s2, quad, a - 0.5 / sigma),
        "no_half": np.where(a < 1 / s2, s2 * x * x, lin),
        "sigma_not_squared": np.where(a < 1 / s2, 0.5 * sigma * x * x, lin),
        "abs_missing": np.where(a < 1 / s2, quad, x - 0.5 / s2),
    }
    return {k: v.astype("float32") for k, v in out.items()}


def book_x():
    return nd.arange(-2, 2, 0.1).asnumpy()


def public_cases(rng):
    x = book_x()
    cases = {"x": x}
    for i, sigma in enumerate(ex.SIGMAS):
        cases[f"out{i}"] = smooth_l1(x, sigma)
        for key, v in variants(x, sigma).items():
            cases[f"v{i}_{key}"] = v
    return cases
