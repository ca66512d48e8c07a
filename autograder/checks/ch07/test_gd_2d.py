"""Hidden checks for `gd_2d` (§7.2) against one step of mx.optimizer SGD on (x1, x2).

The book's trainer reads the global learning rate ``eta``; each check sets its own.
"""

import numpy as np
import pytest

from autograder.references import ch07 as ref
from autograder.testing import expect_close, fail

from . import steps

pytestmark = pytest.mark.exercise("gd_2d")


def step(student, x1, x2, eta):
    value = student.call("gd_2d", x1, x2, 0, 0, globals={"eta": eta}).value
    return value


def diagnose(got, x1, x2, eta):
    grad = ref.grad_f_2d(x1, x2)
    x = np.array([x1, x2])
    steps.name_mistake(got, x - eta * grad, [
        ("the step goes uphill: subtract eta times the gradient", x + eta * grad),
        ("the gradient is that of §7.4's f_2d = 0.1 * x1**2 + 2 * x2**2; here f_2d = x1**2 "
         "+ 2 * x2**2, whose gradient is (2 * x1, 4 * x2)", x - eta * ref.grad_f_2d(x1, x2, 0.1)),
        ("the learning rate is missing: the step is eta times the gradient", x - grad),
        *((f"it uses eta = {fixed} instead of the global eta (the grader sets its own "
           "learning rate: read eta, do not assign it inside the function)", x - fixed * grad)
          for fixed in (0.1, 0.4, 0.6)),
    ], steps.RTOL_2D, steps.ATOL_2D)


@pytest.mark.points(0.5)
def test_one_step(student, rng):
    """takes one gradient step on f_2d = x1**2 + 2 * x2**2 with the global eta, like MXNet's SGD."""
    for _ in range(2):
        x1, x2 = steps.point(rng)
        eta = float(rng.uniform(0.15, 0.35))
        value = step(student, x1, x2, eta)
        got = steps.numbers(value, "gd_2d", count=2)
        diagnose(got, x1, x2, eta)
        expect_close(got, ref.gd_2d(x1, x2, eta), f"(x1, x2) after one step from ({x1:.3f}, "
                     f"{x2:.3f}) with eta={eta:.3f}", rtol=steps.RTOL_2D, atol=steps.ATOL_2D)


@pytest.mark.points(0.5)
def test_trace(student, rng):
    """returns (x1, x2, 0, 0), so d2l.train_2d's trace from (-5, -2) follows MXNet's."""
    eta = float(rng.uniform(0.15, 0.35))
    x1, x2, s1, s2 = -5.0, -2.0, 0, 0
    for k in range(1, 4):
        value = student.call("gd_2d", x1, x2, s1, s2, globals={"eta": eta}).value
        if isinstance(value, (tuple, list)) and len(value) != 4:
            fail(f"gd_2d returned {len(value)} values; d2l.train_2d unpacks four: return "
                 "(x1, x2, 0, 0) (plain gradient descent keeps no state, hence the zeros)")
        got = steps.numbers(value, "gd_2d")
        if np.any(got[2:] != 0):
            fail(f"gd_2d returned the states {tuple(got[2:])}; plain gradient descent keeps no "
                 "state: return (x1, x2, 0, 0)")
        expected = ref.gd_2d(x1, x2, eta)
        diagnose(got[:2], x1, x2, eta)
        expect_close(got[:2], expected, f"(x1, x2) after {k} steps of d2l.train_2d",
                     rtol=steps.RTOL_2D, atol=steps.ATOL_2D)
        x1, x2, s1, s2 = (*got[:2].tolist(), 0, 0)
