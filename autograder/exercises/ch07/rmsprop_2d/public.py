"""`rmsprop_2d` (§7.6): one RMSProp step on f_2d = 0.1 * x1**2 + 2 * x2**2 with the globals
``eta`` and ``gamma`` and epsilon 1e-6 inside the square root; the public check and the
named mistakes."""

import numpy as np

from d2l.compare import mismatch
from d2l.selfcheck import notebook_globals
from d2l.selfcheck.ch07 import (
    ATOL_2D,
    RTOL_2D,
    close,
    first_match,
    forbid_optimizers,
    grad_f_2d,
    numbers,
)

SECTION = "§7.6 RMSProp算法"
FORBIDDEN = forbid_optimizers()
EPS = 1e-6
OWN_GAMMA = ("it uses gamma = 0.9 instead of the global gamma (the grader sets its own value: "
             "read eta and gamma, do not assign them inside the function)")
SWAPPED = "gamma and 1 - gamma are swapped: s = gamma * s + (1 - gamma) * g * g"


def moving_average(s, g, gamma):
    return gamma * s + (1 - gamma) * g * g


def diagnose_step(got, x1, x2, s1, s2, eta, gamma, expected):
    """The mistake that explains the new point ``got`` after one step from (x1, x2) with
    state (s1, s2), when it differs from ``expected``."""
    if close(got, expected, RTOL_2D, ATOL_2D):
        return None
    x, s, g = np.array([x1, x2]), np.array([s1, s2]), grad_f_2d(x1, x2, 0.1)
    s_new = moving_average(s, g, gamma)
    return first_match(got, [
        (SWAPPED, x - eta * g / np.sqrt((1 - gamma) * s + gamma * g * g + EPS)),
        ("epsilon is outside the square root: the book divides by sqrt(s + eps), which "
         "matters when the gradient is tiny", x - eta * g / (np.sqrt(s_new) + EPS)),
        ("the step uses the old state: first update s, then step",
         x - eta * g / np.sqrt(s + EPS)),
        (OWN_GAMMA, x - eta * g / np.sqrt(moving_average(s, g, 0.9) + EPS)),
        ("it uses eta = 0.4 instead of the global eta (the grader sets its own value)",
         x - 0.4 * g / np.sqrt(s_new + EPS)),
    ], RTOL_2D, ATOL_2D)


def diagnose_state(got, x1, x2, s1, s2, gamma, expected):
    """The mistake that explains the returned states ``got``, when they differ from
    ``expected``."""
    if close(got, expected, RTOL_2D, ATOL_2D):
        return None
    s, g = np.array([s1, s2]), grad_f_2d(x1, x2, 0.1)
    return first_match(got, [
        ("it returns the old states: return the new (s1, s2), which the next step needs", s),
        (SWAPPED, (1 - gamma) * s + gamma * g * g),
        ("the state accumulates like AdaGrad's: RMSProp keeps a moving average, "
         "s = gamma * s + (1 - gamma) * g * g", s + g * g),
        (OWN_GAMMA, moving_average(s, g, 0.9)),
    ], RTOL_2D, ATOL_2D)


def _call(fn, x, s, eta, gamma):
    with notebook_globals(fn, eta=eta, gamma=gamma):
        return numbers(fn(*x, *s), "rmsprop_2d")


def _step(fn, cases):
    eta, gamma = float(cases["eta"]), float(cases["gamma"])
    for case in ("", "tiny_"):
        x, s, expected = cases[f"{case}x"], cases[f"{case}s"], cases[f"{case}out_x"]
        got, problem = _call(fn, x, s, eta, gamma)
        problem = problem or diagnose_step(got[:2], *x, *s, eta, gamma, expected) or mismatch(
            got[:2], expected, RTOL_2D, ATOL_2D,
            name=f"(x1, x2) after one step from ({x[0]:.3g}, {x[1]:.3g}) with state "
                 f"({s[0]:.3g}, {s[1]:.3g})")
        if problem:
            return problem
    return None


def _state(fn, cases):
    x, s, expected = cases["x"], cases["s"], cases["out_s"]
    gamma = float(cases["gamma"])
    got, problem = _call(fn, x, s, float(cases["eta"]), gamma)
    return problem or diagnose_state(got[2:], *x, *s, gamma, expected) or mismatch(
        got[2:], expected, RTOL_2D, ATOL_2D, name="the new states (s1, s2)")


CHECKS = [
    ("one step matches MXNet's RMSProp, from a recorded point and from one where the "
     "gradient is about 1e-6 (epsilon inside the square root)", _step),
    ("returns the moving average gamma * s + (1 - gamma) * g * g for each coordinate",
     _state),
]
