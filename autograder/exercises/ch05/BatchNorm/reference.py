"""Reference `BatchNorm`: the book's layer on ``nd.BatchNorm`` (moving statistics starting
at zeros, eps 1e-5, momentum 0.9)."""

import numpy as np

from autograder.exercises.ch05._conv import F32, normal
from autograder.exercises.ch05.batch_norm.reference import batch_norm
from d2l.selfcheck.ch05.BatchNorm import public as ex

__all__ = ["batch_norm", "block_steps", "public_cases"]


def block_steps(gamma, beta, inputs, eps=ex.EPS, momentum=ex.MOMENTUM):
    """The book's ``BatchNorm`` layer, moving statistics starting at zeros: one training
    step per input but the last, then prediction on the last input.

    Returns ``(steps, prediction)``; each step is ``(Y, moving_mean, moving_var)`` after it.
    """
    shape = np.shape(gamma)
    mean = var = np.zeros(shape, dtype=F32)
    steps = []
    for X in inputs[:-1]:
        Y, mean, var, _ = batch_norm(X, gamma, beta, mean, var, eps, momentum, training=True)
        steps.append((Y, mean, var))
    prediction = batch_norm(inputs[-1], gamma, beta, mean, var, eps, momentum,
                            training=False)[0]
    return steps, prediction


def public_cases(rng):
    gamma = rng.uniform(0.5, 1.5, size=(1, 3, 1, 1)).astype(F32)
    beta = normal(rng, 1, 3, 1, 1)
    inputs = [normal(rng, 2, 3, 2, 2) for _ in range(3)]
    steps, prediction = block_steps(gamma, beta, inputs)
    cases = {"gamma": gamma, "beta": beta, "prediction": prediction}
    for i, X in enumerate(inputs):
        cases[f"X{i}"] = X
    for i, (Y, mean, var) in enumerate(steps):
        cases[f"Y{i}"], cases[f"mean{i}"], cases[f"var{i}"] = Y, mean, var
    cases["Y0_swapped"] = block_steps(beta, gamma, inputs[:2])[0][0][0]
    zeros = np.zeros_like(gamma)
    cases["new_prediction"] = batch_norm(inputs[2], np.ones_like(gamma), zeros, zeros, zeros,
                                         ex.EPS, ex.MOMENTUM, training=False)[0]
    return cases
