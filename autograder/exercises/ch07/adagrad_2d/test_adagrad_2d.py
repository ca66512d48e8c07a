"""Hidden checks for `adagrad_2d` (§7.5) against one step of MXNet's AdaGrad on (x1, x2),
for f_2d = 0.1 * x1**2 + 2 * x2**2, with the book's epsilon 1e-6 inside the square root.
Each check runs fixed cases (eta away from the notebook's 0.4), then random ones."""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.adagrad_2d import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch07 import ATOL_2D, RTOL_2D
from d2l.selfcheck.ch07.adagrad_2d import public as ex

pytestmark = pytest.mark.exercise("adagrad_2d")

# An ordinary point and state, and a point so near the minimum that the gradient is about
# 1e-6 (where epsilon decides the step).
FIXED = [(2.5, -1.5, 1.2, 0.8, 0.27), (6e-6, 4e-7, 0.0, 0.0, 0.27)]


def cases(rng):
    """The fixed cases, then a random point and state and a random tiny point."""
    eta = float(rng.uniform(0.2, 0.6))
    s1, s2 = (float(s) for s in rng.uniform(0.5, 2, size=2))
    tiny = [float(v) for v in rng.uniform(1, 2, size=2) * [5e-6, 2.5e-7]]
    return [*FIXED, (*steps.point(rng), s1, s2, eta), (*tiny, 0.0, 0.0, eta)]


def call(student, x1, x2, s1, s2, eta):
    value = student.call("adagrad_2d", x1, x2, s1, s2, globals={"eta": eta}).value
    return steps.numbers(value, "adagrad_2d")


@pytest.mark.points(0.5)
def test_one_step(student, rng):
    """one step matches MXNet's AdaGrad with epsilon inside the square root, tiny gradients too."""
    for x1, x2, s1, s2, eta in cases(rng):
        got = call(student, x1, x2, s1, s2, eta)[:2]
        expected, _ = ref.adagrad_2d(x1, x2, s1, s2, eta)
        fail_if(ex.diagnose_step(got, x1, x2, s1, s2, eta, expected))
        expect_close(got, expected, f"(x1, x2) after one step from ({x1:.3g}, {x2:.3g}) "
                     f"with state ({s1:.3g}, {s2:.3g})", rtol=RTOL_2D, atol=ATOL_2D)


@pytest.mark.points(0.5)
def test_state(student, rng):
    """returns the accumulated state s + g * g for each coordinate."""
    ordinary = cases(rng)
    for x1, x2, s1, s2, eta in (ordinary[0], ordinary[2]):
        got = call(student, x1, x2, s1, s2, eta)[2:]
        _, expected = ref.adagrad_2d(x1, x2, s1, s2, eta)
        fail_if(ex.diagnose_state(got, x1, x2, s1, s2, expected))
        expect_close(got, expected, "the new states (s1, s2)", rtol=RTOL_2D, atol=ATOL_2D)
