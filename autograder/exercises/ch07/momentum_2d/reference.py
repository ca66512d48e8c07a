"""Reference `momentum_2d`: one step of MXNet's ``'sgd'`` with momentum on (x1, x2) in
float64, for f_2d = 0.1 * x1**2 + 2 * x2**2 (MXNet keeps the velocity as -v)."""

from autograder.exercises.ch07 import _mxnet


def momentum_2d(x1, x2, v1, v2, eta, gamma):
    """``(new (x1, x2), new (v1, v2))`` with the book's sign of the velocity."""
    return _mxnet.momentum_2d(x1, x2, v1, v2, eta, gamma)


def public_cases(rng):
    # eta and gamma away from the notebook's 0.4 and 0.5, so that values assigned inside
    # the function show; a non-zero velocity, so that stepping with the old one shows
    x, v, eta, gamma = [-3.5, 1.25], [0.75, -0.5], 0.2, 0.7
    out_x, out_v = momentum_2d(*x, *v, eta, gamma)
    return {"x": x, "v": v, "eta": eta, "gamma": gamma, "out_x": out_x, "out_v": out_v}
