"""Reference `sgd_momentum`: MXNet's ``'sgd'`` with momentum, whose state is minus the
book's velocity."""

import numpy as np

from autograder.exercises.ch07 import _mxnet
from d2l.selfcheck.ch07 import record, record_steps


def sgd_momentum(params, grads, lr, momentum):
    """(params, the book's velocities ``v``) after each step, from zero velocities."""
    return _mxnet.sgd_momentum(params, grads, lr, momentum)


def public_cases(rng):
    params0 = [rng.normal(size=(3, 1)).astype("float32"), rng.normal(size=(1,)).astype("float32")]
    grads = [[(rng.uniform(0.5, 2, size=p.shape) * rng.choice([-1, 1], size=p.shape))
              .astype("float32") for p in params0] for _ in range(3)]
    lr, momentum = 0.05, 0.8
    cases = {"lr": lr, "momentum": momentum}
    record_steps(cases, "", params0, grads)
    params, velocities = sgd_momentum(params0, grads, lr, momentum)
    record(cases, "out", params)
    record(cases, "v", velocities)
    return {k: np.asarray(v) for k, v in cases.items()}
