"""`gd_2d` (§7.2): one step of gradient descent on f_2d = x1**2 + 2 * x2**2, with the
global ``eta``; the public check and the named mistakes."""

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

SECTION = "§7.2 梯度下降和随机梯度下降"
FORBIDDEN = forbid_optimizers()


def wrong_count(value):
    """It does not return the four values d2l.train_2d unpacks."""
    if isinstance(value, (tuple, list)) and len(value) != 4:
        return (f"gd_2d returned {len(value)} values; d2l.train_2d unpacks four: return "
                "(x1, x2, 0, 0) (plain gradient descent keeps no state, hence the zeros)")
    return None


def keeps_state(got):
    """It returns states other than (0, 0)."""
    if np.any(got[2:] != 0):
        return (f"gd_2d returned the states {tuple(float(s) for s in got[2:])}; plain "
                "gradient descent keeps no state: return (x1, x2, 0, 0)")
    return None


def diagnose(got, x1, x2, eta, expected):
    """The mistake that explains the new point ``got`` = (x1, x2) after one step from
    ``(x1, x2)`` with learning rate ``eta``, when it differs from ``expected``."""
    if close(got, expected, RTOL_2D, ATOL_2D):
        return None
    grad = grad_f_2d(x1, x2)
    x = np.array([x1, x2])
    return first_match(got, [
        ("the step goes uphill: subtract eta times the gradient", x + eta * grad),
        ("the gradient is that of §7.4's f_2d = 0.1 * x1**2 + 2 * x2**2; here f_2d = x1**2 "
         "+ 2 * x2**2, whose gradient is (2 * x1, 4 * x2)", x - eta * grad_f_2d(x1, x2, 0.1)),
        ("the learning rate is missing: the step is eta times the gradient", x - grad),
        *((f"it uses eta = {fixed} instead of the global eta (the grader sets its own "
           "learning rate: read eta, do not assign it inside the function)", x - fixed * grad)
          for fixed in (0.1, 0.4, 0.6)),
    ], RTOL_2D, ATOL_2D)


def _one_step(fn, cases):
    (x1, x2), eta = cases["x"], float(cases["eta"])
    with notebook_globals(fn, eta=eta):
        got, problem = numbers(fn(x1, x2, 0, 0), "gd_2d", count=2)
    name = f"gd_2d({x1}, {x2}, 0, 0) with eta={eta}"
    return problem or diagnose(got, x1, x2, eta, cases["out"]) or mismatch(
        got, cases["out"], RTOL_2D, ATOL_2D, name=name)


def _trace(fn, cases):
    eta = float(cases["eta"])
    x1, x2 = -5.0, -2.0
    for k, expected in enumerate(cases["trace"], start=1):
        with notebook_globals(fn, eta=eta):
            value = fn(x1, x2, 0, 0)
        got, problem = numbers(value, "gd_2d")
        problem = wrong_count(value) or problem or keeps_state(got)
        if problem:
            return problem
        problem = diagnose(got[:2], x1, x2, eta, expected) or mismatch(
            got[:2], expected, RTOL_2D, ATOL_2D, name=f"(x1, x2) after {k} steps of d2l.train_2d")
        if problem:
            return problem
        x1, x2 = got[:2].tolist()
    return None


CHECKS = [
    ("one step on f_2d = x1**2 + 2 * x2**2 with the global eta matches MXNet's SGD", _one_step),
    ("returns (x1, x2, 0, 0): three steps of d2l.train_2d from (-5, -2) follow MXNet's",
     _trace),
]
