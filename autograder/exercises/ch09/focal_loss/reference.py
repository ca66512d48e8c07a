"""Reference `focal_loss`: −(1 − x)^γ log x from MXNet's power and log, and the named
mistakes."""

import numpy as np
from mxnet import nd

from d2l.selfcheck.ch09.focal_loss import public as ex


def focal_loss(gamma, x):
    x = nd.array(x)
    return (-nd.power(1 - x, gamma) * nd.log(x)).asnumpy()


def variants(gamma, x):
    x = np.asarray(x, "float64")
    out = {"no_minus": (1 - x) ** gamma * np.log(x),
           "x_power": -x ** gamma * np.log(x),
           "log_one_minus": -(1 - x) ** gamma * np.log(1 - x)}
    return {k: v.astype("float32") for k, v in out.items()}


def book_x():
    return nd.arange(0.01, 1, 0.01).asnumpy()


def public_cases(rng):
    x = book_x()
    cases = {"x": x}
    for i, gamma in enumerate(ex.GAMMAS):
        cases[f"out{i}"] = focal_loss(gamma, x)
        for key, v in variants(gamma, x).items():
            cases[f"v{i}_{key}"] = v
    return cases
