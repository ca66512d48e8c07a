"""`momentum_2d` (§7.4): one momentum step on f_2d = 0.1 * x1**2 + 2 * x2**2 with the
globals ``eta`` and ``gamma``; the public check and the named mistakes."""

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

SECTION = "§7.4 动量法"
FORBIDDEN = forbid_optimizers()

FLIPPED = ("the velocity has the opposite sign of the book's (MXNet's convention, v = gamma * "
           "v - eta * grad and x = x + v): use v = gamma * v + eta * grad and x = x - v")
GLOBALS = ("it uses eta = 0.4 and gamma = 0.5 instead of the globals (the grader sets its own "
           "values: read eta and gamma, do not assign them inside the function)")


def diagnose_step(got, x1, x2, v1, v2, eta, gamma, expected):
    """The mistake that explains the new point ``got`` after one step from (x1, x2) with
    velocity (v1, v2), when it differs from ``expected``."""
    if close(got, expected, RTOL_2D, ATOL_2D):
        return None
    x, v_in, g = np.array([x1, x2]), np.array([v1, v2]), grad_f_2d(x1, x2, 0.1)
    v = gamma * v_in + eta * g
    return first_match(got, [
        ("the step goes uphill: x = x - v", x + v),
        (FLIPPED, x + gamma * v_in - eta * g),
        ("it steps with the old velocity: update v first (v = gamma * v + eta * grad), then "
         "x = x - v with the new v", x - v_in),
        ("the learning rate is applied twice: it is already inside v = gamma * v + eta * "
         "grad, so x = x - v", x - eta * v),
        ("the gradient is that of §7.2's f_2d; from §7.4 on f_2d = 0.1 * x1**2 + 2 * x2**2, "
         "whose gradient is (0.2 * x1, 4 * x2)", x - gamma * v_in - eta * grad_f_2d(x1, x2)),
        ("eta and gamma are swapped: v = gamma * v + eta * grad", x - eta * v_in - gamma * g),
        (GLOBALS, x - 0.5 * v_in - 0.4 * g),
    ], RTOL_2D, ATOL_2D)


def diagnose_velocity(got, x1, x2, v1, v2, eta, gamma, expected):
    """The mistake that explains the returned velocities ``got``, when they differ from
    ``expected``."""
    if close(got, expected, RTOL_2D, ATOL_2D):
        return None
    v_in, g = np.array([v1, v2]), grad_f_2d(x1, x2, 0.1)
    return first_match(got, [
        ("it returns the old velocities: return the new (v1, v2), which the next step "
         "needs", v_in),
        (FLIPPED, gamma * v_in - eta * g),
        ("the velocity has the opposite sign of the book's (MXNet keeps -v): return "
         "v = gamma * v + eta * grad", -(gamma * v_in + eta * g)),
        ("the velocity lacks the learning rate: v = gamma * v + eta * grad", gamma * v_in + g),
        ("eta and gamma are swapped: v = gamma * v + eta * grad", eta * v_in + gamma * g),
        ("the gradient is that of §7.2's f_2d; from §7.4 on f_2d = 0.1 * x1**2 + 2 * x2**2, "
         "whose gradient is (0.2 * x1, 4 * x2)", gamma * v_in + eta * grad_f_2d(x1, x2)),
        (GLOBALS, 0.5 * v_in + 0.4 * g),
    ], RTOL_2D, ATOL_2D)


def _call(fn, cases):
    (x1, x2), (v1, v2) = cases["x"], cases["v"]
    eta, gamma = float(cases["eta"]), float(cases["gamma"])
    with notebook_globals(fn, eta=eta, gamma=gamma):
        got, problem = numbers(fn(x1, x2, v1, v2), "momentum_2d")
    return got, (x1, x2, v1, v2, eta, gamma), problem


def _step(fn, cases):
    got, inputs, problem = _call(fn, cases)
    return problem or diagnose_step(got[:2], *inputs, cases["out_x"]) or mismatch(
        got[:2], cases["out_x"], RTOL_2D, ATOL_2D, name="the new (x1, x2)")


def _velocity(fn, cases):
    got, inputs, problem = _call(fn, cases)
    return problem or diagnose_velocity(got[2:], *inputs, cases["out_v"]) or mismatch(
        got[2:], cases["out_v"], RTOL_2D, ATOL_2D, name="the new velocities (v1, v2)")


CHECKS = [
    ("one step from a recorded point and velocity matches MXNet's momentum SGD", _step),
    ("returns the new velocity gamma * v + eta * grad, with the book's sign", _velocity),
]
