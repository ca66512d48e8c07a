"""Reference `rmsprop`: MXNet's ``'rmsprop'`` (not centered), its ``gamma1`` the book's
gamma and its epsilon the book's 1e-6, inside the square root (MXNet's default is 1e-8)."""

import numpy as np

from autograder.exercises.ch07 import _mxnet
from d2l.selfcheck.ch07 import parts_of, record, record_steps


def rmsprop(params, grads, lr, gamma):
    """``[params, s]`` after each step, from zero states."""
    return parts_of(*_mxnet.rmsprop(params, grads, lr, gamma), 1)


def public_cases(rng):
    params0 = [rng.normal(size=(3, 1)).astype("float32"), rng.normal(size=(1,)).astype("float32")]
    grads = [[(rng.uniform(0.5, 2, size=p.shape) * rng.choice([-1, 1], size=p.shape))
              .astype("float32") for p in params0] for _ in range(3)]
    # gamma away from the book's 0.9, so that a gamma assigned inside shows
    cases = {"lr": 0.01, "gamma": 0.8}
    # ordinary gradients, and gradients near 1e-6 (parameters near 1e-3), where epsilon
    # decides the step
    for prefix, p_scale, g_scale in (("", 1, 1), ("tiny_", 1e-3, 1e-6)):
        start = [p * np.float32(p_scale) for p in params0]
        steps = [[g * np.float32(g_scale) for g in step] for step in grads]
        record_steps(cases, prefix, start, steps)
        out, s = rmsprop(start, steps, cases["lr"], cases["gamma"])
        record(cases, f"{prefix}out", out)
        record(cases, f"{prefix}s", s)
    return {k: np.asarray(v) for k, v in cases.items()}
