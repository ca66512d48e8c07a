"""Hidden checks for `momentum_2d` (§7.4) against one step of MXNet's momentum SGD on
(x1, x2), for f_2d = 0.1 * x1**2 + 2 * x2**2. MXNet keeps the velocity as -v. Each check
runs a fixed case (eta and gamma away from the notebook's 0.4 and 0.5, a non-zero
velocity), then a random one."""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.momentum_2d import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch07 import ATOL_2D, RTOL_2D
from d2l.selfcheck.ch07.momentum_2d import public as ex

pytestmark = pytest.mark.exercise("momentum_2d")

FIXED = (2.0, -1.5, 0.6, -0.4, 0.18, 0.72)


def cases(rng):
    x1, x2 = steps.point(rng)
    v1, v2 = (float(v) for v in rng.normal(size=2))
    eta, gamma = float(rng.uniform(0.1, 0.3)), float(rng.uniform(0.6, 0.9))
    return [FIXED, (x1, x2, v1, v2, eta, gamma)]


def call(student, x1, x2, v1, v2, eta, gamma):
    value = student.call("momentum_2d", x1, x2, v1, v2,
                         globals={"eta": eta, "gamma": gamma}).value
    return steps.numbers(value, "momentum_2d")


@pytest.mark.points(0.5)
def test_one_step(student, rng):
    """one step from a random point and velocity matches MXNet's momentum SGD."""
    for inputs in cases(rng):
        got = call(student, *inputs)[:2]
        expected, _ = ref.momentum_2d(*inputs)
        fail_if(ex.diagnose_step(got, *inputs, expected))
        expect_close(got, expected, f"(x1, x2) after one step with eta={inputs[4]:.3f}, "
                     f"gamma={inputs[5]:.3f}", rtol=RTOL_2D, atol=ATOL_2D)


@pytest.mark.points(0.5)
def test_velocity(student, rng):
    """returns the new velocity gamma * v + eta * grad, with the book's sign."""
    for inputs in cases(rng):
        got = call(student, *inputs)[2:]
        _, expected = ref.momentum_2d(*inputs)
        fail_if(ex.diagnose_velocity(got, *inputs, expected))
        expect_close(got, expected, "the new velocities (v1, v2)", rtol=RTOL_2D,
                     atol=ATOL_2D)
