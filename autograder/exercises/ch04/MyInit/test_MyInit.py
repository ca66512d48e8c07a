"""Hidden checks for `MyInit` (§4.2): two Dense layers (30000 weights) initialized with the
student's initializer in the sandbox; the fraction of zeros, the absence of nonzero
weights below 5 in absolute value, the range, the sign balance and the mean |w| of the kept
weights are compared with U(-10, 10) zeroed below |w| = 5, six standard deviations."""

import pytest

from autograder.exercises.ch04 import _probe as probe
from autograder.testing import fail_if
from d2l.selfcheck.ch04.MyInit import public as ex

pytestmark = pytest.mark.exercise("MyInit")

SHAPES = [(200, 50), (100, 200)]


def run(student, seed):
    return probe.call(student, "MyInit", SHAPES, seed).value


@pytest.mark.points(1)
def test_mask(student, rng):
    """writes into data: about half the weights are zero, and no weight left has
    |w| < 5."""
    fail_if(ex.mask_problem(run(student, int(rng.integers(1 << 30)))))


@pytest.mark.points(1)
def test_uniform(student, rng):
    """the kept weights are uniform on [-10, -5] and [5, 10] (range, sign balance, mean
    |w| 7.5) and the biases stay zero."""
    fail_if(ex.uniform_problem(run(student, int(rng.integers(1 << 30)))))
