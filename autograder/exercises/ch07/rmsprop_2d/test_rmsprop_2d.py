"""Hidden checks for `rmsprop_2d` (§7.6) against one step of MXNet's RMSProp on (x1, x2),
for f_2d = 0.1 * x1**2 + 2 * x2**2: ``gamma1`` is the book's gamma and epsilon (1e-6) is
inside the square root. Each check runs fixed cases (eta and gamma away from the
notebook's 0.4 and 0.9), then random ones."""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.rmsprop_2d import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch07 import ATOL_2D, RTOL_2D
from d2l.selfcheck.ch07.rmsprop_2d import public as ex

pytestmark = pytest.mark.exercise("rmsprop_2d")

# An ordinary point and state, and a point where the gradient is about 1e-6.
FIXED = [(2.5, -1.5, 1.2, 0.8, 0.27, 0.7), (6e-6, 4e-7, 0.0, 0.0, 0.27, 0.7)]


def cases(rng):
    """The fixed cases, then a random point and state and a random tiny point."""
    eta, gamma = float(rng.uniform(0.2, 0.6)), float(rng.uniform(0.6, 0.8))
    s1, s2 = (float(s) for s in rng.uniform(0.5, 2, size=2))
    tiny = [float(v) for v in rng.uniform(1, 2, size=2) * [5e-6, 2.5e-7]]
    return [*FIXED, (*steps.point(rng), s1, s2, eta, gamma), (*tiny, 0.0, 0.0, eta, gamma)]


def call(student, x1, x2, s1, s2, eta, gamma):
    value = student.call("rmsprop_2d", x1, x2, s1, s2,
                         globals={"eta": eta, "gamma": gamma}).value
    return steps.numbers(value, "rmsprop_2d")


@pytest.mark.points(0.5)
def test_one_step(student, rng):
    """one step matches MXNet's RMSProp with epsilon inside the square root, tiny gradients too."""
    for x1, x2, s1, s2, eta, gamma in cases(rng):
        got = call(student, x1, x2, s1, s2, eta, gamma)[:2]
        expected, _ = ref.rmsprop_2d(x1, x2, s1, s2, eta, gamma)
        fail_if(ex.diagnose_step(got, x1, x2, s1, s2, eta, gamma, expected))
        expect_close(got, expected, f"(x1, x2) after one step from ({x1:.3g}, {x2:.3g}) "
                     f"with state ({s1:.3g}, {s2:.3g})", rtol=RTOL_2D, atol=ATOL_2D)


@pytest.mark.points(0.5)
def test_state(student, rng):
    """returns the moving average gamma * s + (1 - gamma) * g * g for each coordinate."""
    ordinary = cases(rng)
    for x1, x2, s1, s2, eta, gamma in (ordinary[0], ordinary[2]):
        got = call(student, x1, x2, s1, s2, eta, gamma)[2:]
        _, expected = ref.rmsprop_2d(x1, x2, s1, s2, eta, gamma)
        fail_if(ex.diagnose_state(got, x1, x2, s1, s2, gamma, expected))
        expect_close(got, expected, "the new states (s1, s2)", rtol=RTOL_2D, atol=ATOL_2D)
