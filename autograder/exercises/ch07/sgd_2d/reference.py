"""Reference for `sgd_2d`: the noise-free step is MXNet's ``'sgd'`` on (x1, x2); the noise
is the book's, ``np.random.normal(0.1)`` for each coordinate (checked statistically, or
exactly when the call is seeded)."""

import numpy as np

from autograder.exercises.ch07 import _mxnet


def book_noise(seed):
    """The two draws the book's sgd_2d makes after np.random.seed(seed)."""
    return np.random.RandomState(seed % 2**32).normal(0.1, size=2)


def sgd_2d(x1, x2, eta, noise):
    """The new (x1, x2) after one step with ``noise`` added to the gradient."""
    grad = _mxnet.grad_f_2d(x1, x2)
    return np.array([x1, x2]) - eta * (grad + np.asarray(noise))


def public_cases(rng):
    # The public check draws many times from (0, 0), where the gradient is 0 and the step
    # is -eta * noise, and from another point to see that the step follows the gradient.
    # eta far from 0.1 and 1, as the grader's: noise multiplied by eta twice then has a
    # spread of eta, unlike np.random.normal(0, 0.1)'s.
    return {"eta": 0.03, "x": [1.5, -1.0], "draws": 400}
