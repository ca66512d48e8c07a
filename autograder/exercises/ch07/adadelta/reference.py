"""Reference `adadelta`: MXNet's ``'adadelta'``, which has no learning rate either and uses
the book's epsilon 1e-5 inside both roots."""

import numpy as np

from autograder.exercises.ch07 import _mxnet
from d2l.selfcheck.ch07 import parts_of, record, record_steps


def adadelta(params, grads, rho):
    """``[params, s, delta]`` after each step, from zero states."""
    return parts_of(*_mxnet.adadelta(params, grads, rho), 2)


def public_cases(rng):
    params0 = [rng.normal(size=(3, 1)).astype("float32"), rng.normal(size=(1,)).astype("float32")]
    grads = [[(rng.uniform(0.5, 2, size=p.shape) * rng.choice([-1, 1], size=p.shape))
              .astype("float32") for p in params0] for _ in range(3)]
    cases = {"rho": 0.8}  # away from the book's 0.9, so that a rho assigned inside shows
    record_steps(cases, "", params0, grads)
    for what, values in zip(("out", "s", "delta"), adadelta(params0, grads, cases["rho"])):
        record(cases, what, values)
    return {k: np.asarray(v) for k, v in cases.items()}
