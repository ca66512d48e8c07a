"""Hidden checks for `grad_check` (§2.3): right gradients give a small relative error, wrong
ones (made wrong with the detach trick) the formula's value; the notebook's numerical_grad
is the grader's while they run."""

import numpy as np
import pytest

from autograder.testing import StandIn, expect, fail_if, nd
from d2l.selfcheck.ch02.grad_check import public as ex

pytestmark = pytest.mark.exercise("grad_check")

STAND_INS = ex.STAND_INS
FUNCTIONS = {"cubic": ("numerical_grad.cubic", lambda x: (x ** 3).sum(), "f(x) = sum(x^3)"),
             "wavy": ("numerical_grad.wavy", None, "f(x) = sum(exp(x)) ** 1.5"),
             "half_used": ("grad_check.half_used", ex.half_used, "f(x) = sum(x[0] ** 2)"),
             "scaled_wrong": ("grad_check.scaled_wrong", ex.scaled_wrong,
                              "sum(x^3) with an autograd gradient 1.01 times too large"),
             "one_wrong": ("grad_check.one_wrong", ex.one_wrong,
                           "sum(x^3) with an autograd gradient 1 too large at one element")}


def signed(rng, shape, low, high):
    return rng.uniform(low, high, size=shape) * rng.choice([-1, 1], size=shape)


def run(student, key, x):
    from d2l.selfcheck.ch02.numerical_grad.public import wavy

    ref_name, fn, text = FUNCTIONS[key]
    got = student.call("grad_check", StandIn(ref_name), nd(x, "float64"),
                       stand_ins=STAND_INS).value
    value, problem = ex.as_number(got)
    fail_if(problem)
    g_a, g_n = ex.gradients(fn or wavy, x)
    fail_if(ex.diagnose(value, g_a, g_n), hint=f"(checked with {text})")
    return value, ex.relative_error(g_a, g_n), text


@pytest.mark.points(0.5)
def test_right_gradients(student, rng):
    """right gradients give a relative error below 1e-6."""
    for key, x in [("cubic", signed(rng, (3, 4), 0.5, 2)),
                   ("wavy", rng.uniform(-1, 1, size=(2, 3)))]:
        value, want, text = run(student, key, x)
        assert want < ex.TOLERANCE * 0.1  # the checks' functions are far from the limit
        expect(0 <= value < ex.TOLERANCE,
               f"grad_check(f, x) for {text}, whose autograd gradient is right, returned "
               f"{value:.3g}: a right gradient should give a relative error below "
               f"{ex.TOLERANCE:g}")


@pytest.mark.points(0.5)
def test_zero_gradients(student, rng):
    """elements whose gradients are both 0 count as error 0 (the floor 1e-8), not NaN."""
    value, want, text = run(student, "half_used", signed(rng, (3, 3), 0.5, 2))
    expect(np.isfinite(value) and 0 <= value < ex.TOLERANCE,
           f"grad_check(f, x) for {text} (the gradient of rows 1 and 2 is exactly 0) "
           f"returned {value:.3g}, expected a relative error below {ex.TOLERANCE:g}")


@pytest.mark.points(1)
def test_wrong_gradients(student, rng):
    """wrong gradients give the formula's value (1% too large; wrong in one element)."""
    for key, x in [("scaled_wrong", signed(rng, (2, 3), 10, 30)),
                   ("one_wrong", signed(rng, (3, 4), 0.5, 2))]:
        value, want, text = run(student, key, x)
        expect(np.isclose(value, want, rtol=1e-3),
               f"grad_check(f, x) for {text} returned {value:.6g}, expected {want:.6g} "
               "(max |g_a - g_n| / max(1e-8, |g_a| + |g_n|), elementwise)")
