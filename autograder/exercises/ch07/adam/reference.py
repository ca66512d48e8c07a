"""Reference `adam`: MXNet's ``'adam'`` with its epsilon set before step t to
1e-6 * sqrt(1 - beta2**t), so that it adds epsilon where the book does (MXNet adds it to the
uncorrected sqrt(s)), and the book's formula written with MXNet operators (``adam_book``),
for gradients near 1e-6, where a missing bias correction or a misplaced epsilon changes the
step a lot."""

import numpy as np

from autograder.exercises.ch07 import _mxnet
from d2l.selfcheck.ch07 import parts_of, record, record_steps


def adam(params, grads, lr):
    """``[params, v, s]`` after each step of MXNet's Adam from t = 1 and zero states."""
    return parts_of(*_mxnet.adam(params, grads, lr), 2)


def adam_book(params, grads, lr):
    """``[params, v, s]`` after each step of the book's formula in MXNet operators."""
    return parts_of(*_mxnet.adam_book(params, grads, lr), 2)


def public_cases(rng):
    params0 = [rng.normal(size=(3, 1)).astype("float32"), rng.normal(size=(1,)).astype("float32")]
    grads = [[(rng.uniform(0.5, 2, size=p.shape) * rng.choice([-1, 1], size=p.shape))
              .astype("float32") for p in params0] for _ in range(3)]
    cases = {"lr": 0.01}
    record_steps(cases, "", params0, grads)
    for what, values in zip(("out", "v", "s"), adam(params0, grads, cases["lr"])):
        record(cases, what, values)
    # gradients near 1e-6 (parameters near 1e-3), where the bias correction and the place of
    # epsilon decide the step
    start = [p * np.float32(1e-3) for p in params0]
    tiny = [[g * np.float32(1e-6) for g in step] for step in grads]
    record_steps(cases, "tiny_", start, tiny)
    for what, values in zip(("out", "v", "s"), adam_book(start, tiny, cases["lr"])):
        record(cases, f"tiny_{what}", values)
    return {k: np.asarray(v) for k, v in cases.items()}
