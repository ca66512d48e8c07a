"""Reference `rmsprop_2d`: one step of MXNet's ``'rmsprop'`` (``gamma1`` = the book's
gamma, epsilon 1e-6, not centered) on (x1, x2) in float64, for
f_2d = 0.1 * x1**2 + 2 * x2**2."""

from autograder.exercises.ch07 import _mxnet


def rmsprop_2d(x1, x2, s1, s2, eta, gamma):
    """``(new (x1, x2), new (s1, s2))``."""
    return _mxnet.rmsprop_2d(x1, x2, s1, s2, eta, gamma)


def public_cases(rng):
    # eta and gamma away from the notebook's 0.4 and 0.9; a point where the gradient is
    # about 1e-6, where epsilon decides the step
    cases = {"eta": 0.3, "gamma": 0.7, "x": [-3.5, 1.25], "s": [2.0, 0.5],
             "tiny_x": [7e-6, 3.5e-7], "tiny_s": [0.0, 0.0]}
    for case in ("", "tiny_"):
        cases[f"{case}out_x"], cases[f"{case}out_s"] = rmsprop_2d(
            *cases[f"{case}x"], *cases[f"{case}s"], cases["eta"], cases["gamma"])
    return cases
