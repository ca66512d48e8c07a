"""Hidden checks for `to_onehot` (§6.4) against nd.one_hot, one time step at a time.

Each check runs fixed inputs (the same in every run: one time step, distinct columns) and
random ones.
"""

import numpy as np
import pytest

from autograder.exercises.ch06.to_onehot import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch06.to_onehot import public as ex

pytestmark = pytest.mark.exercise("to_onehot")

FIXED_X = np.array([[0, 1, 2, 3, 4], [5, 6, 0, 1, 2], [3, 3, 6, 5, 4]], dtype="float32")
FIXED_ONE_STEP = np.array([[2], [0], [5]], dtype="float32")


@pytest.mark.points(0.5)
def test_list_of_steps(student, rng):
    """returns a list with one (batch_size, size) array per time step, also for one step."""
    for X in (FIXED_X, FIXED_ONE_STEP, ref.indices(rng, 3, 5, 7), ref.indices(rng, 4, 1, 7)):
        problem, _ = ex.steps(student.to_onehot(X, 7), X, 7)
        fail_if(problem)


@pytest.mark.points(0.5)
def test_matches_one_hot(student, rng):
    """step t is nd.one_hot of column t of X."""
    for X, size in ((FIXED_X, 7), (ref.indices(rng, 4, 6, 9), 9)):
        problem, arrays = ex.steps(student.to_onehot(X, size), X, size, strict=False)
        fail_if(problem or ex.compare(arrays, ref.to_onehot(X, size)))
