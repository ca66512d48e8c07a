"""Hidden checks for `gd_2d` (§7.2) against one step of mx.optimizer SGD on (x1, x2).

The book's trainer reads the global learning rate ``eta``; each check sets its own, a fixed
one first (away from 0.1, 0.4 and 0.6, which a learning rate assigned inside would be) and
then random ones.
"""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.gd_2d import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch07 import ATOL_2D, RTOL_2D
from d2l.selfcheck.ch07.gd_2d import public as ex

pytestmark = pytest.mark.exercise("gd_2d")

FIXED_STEP = (2.5, -1.5, 0.27)
FIXED_ETA = 0.2


def call(student, x1, x2, eta):
    return student.call("gd_2d", x1, x2, 0, 0, globals={"eta": eta}).value


@pytest.mark.points(0.5)
def test_one_step(student, rng):
    """takes one gradient step on f_2d = x1**2 + 2 * x2**2 with the global eta, like MXNet's SGD."""
    for x1, x2, eta in [FIXED_STEP, *((*steps.point(rng), float(rng.uniform(0.15, 0.35)))
                                      for _ in range(2))]:
        got = steps.numbers(call(student, x1, x2, eta), "gd_2d", count=2)
        expected = ref.gd_2d(x1, x2, eta)
        fail_if(ex.diagnose(got, x1, x2, eta, expected))
        expect_close(got, expected, f"(x1, x2) after one step from ({x1:.3f}, {x2:.3f}) "
                     f"with eta={eta:.3f}", rtol=RTOL_2D, atol=ATOL_2D)


@pytest.mark.points(0.5)
def test_trace(student, rng):
    """returns (x1, x2, 0, 0), so d2l.train_2d's trace from (-5, -2) follows MXNet's."""
    for eta in (FIXED_ETA, float(rng.uniform(0.15, 0.35))):
        x1, x2 = -5.0, -2.0
        for k in range(1, 4):
            value = call(student, x1, x2, eta)
            fail_if(ex.wrong_count(value))
            got = steps.numbers(value, "gd_2d")
            fail_if(ex.keeps_state(got))
            expected = ref.gd_2d(x1, x2, eta)
            fail_if(ex.diagnose(got[:2], x1, x2, eta, expected))
            expect_close(got[:2], expected, f"(x1, x2) after {k} steps of d2l.train_2d "
                         f"with eta={eta:.3f}", rtol=RTOL_2D, atol=ATOL_2D)
            x1, x2 = got[:2].tolist()
