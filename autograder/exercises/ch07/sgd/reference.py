"""Reference `sgd`: MXNet's ``'sgd'`` optimizer (no momentum), step by step."""

import numpy as np

from autograder.exercises.ch07 import _mxnet


def sgd(params, grads, lr):
    """The parameters after each step: a list over steps of lists over parameters."""
    return _mxnet.sgd(params, grads, lr)


def _record(cases, prefix, rng, shapes, steps, lr):
    params = [rng.normal(size=s).astype("float32") for s in shapes]
    grads = [[(rng.uniform(0.5, 2, size=s) * rng.choice([-1, 1], size=s)).astype("float32")
              for s in shapes] for _ in range(steps)]
    cases[f"{prefix}count"], cases[f"{prefix}steps"] = len(shapes), steps
    for i, p in enumerate(params):
        cases[f"{prefix}p{i}"] = p
    for k, (step_grads, after) in enumerate(zip(grads, sgd(params, grads, lr))):
        for i, (g, p) in enumerate(zip(step_grads, after)):
            cases[f"{prefix}g{k}_{i}"], cases[f"{prefix}out{k}_{i}"] = g, p


def public_cases(rng):
    lr = 0.1
    cases = {"lr": lr}
    _record(cases, "wb_", rng, [(3, 1), (1,)], 3, lr)
    _record(cases, "many_", rng, [(4, 3), (3,), (2, 2)], 1, lr)
    return {k: np.asarray(v) for k, v in cases.items()}
