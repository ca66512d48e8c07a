"""Hidden checks for `to_onehot` (§6.4) against nd.one_hot, one time step at a time."""

import numpy as np
import pytest

from autograder.references import ch06 as ref
from autograder.testing import as_numpy, describe, expect_close, fail

pytestmark = pytest.mark.exercise("to_onehot")


def indices(rng, batch_size, num_steps, size):
    # Float indices, as the samplers of §6.3 yield them.
    return rng.integers(0, size, size=(batch_size, num_steps)).astype("float32")


def steps(got, X, size, strict=True):
    """The student's result as a list of arrays, one per step, or fail. Unless ``strict``,
    one ``(num_steps, batch_size, size)`` array stands for the list (it iterates the same)."""
    batch_size, num_steps = X.shape
    arr = as_numpy(got)
    if arr is not None:
        if arr.shape == (num_steps, batch_size, size) and not strict:
            return list(arr)
        if arr.shape == (num_steps, batch_size, size):
            fail(f"the result is one array of shape {arr.shape}: return a list of "
                 f"num_steps = {num_steps} arrays, one per time step")
        fail(f"the result should be a list of {num_steps} arrays, got {describe(got)}")
    if not isinstance(got, (list, tuple)):
        fail(f"the result should be a list of {num_steps} arrays, got {describe(got)}")
    arrays = [as_numpy(a) for a in got]
    if any(a is None for a in arrays):
        fail(f"every item of the list should be an NDArray, got {describe(got[0])}")
    if len(arrays) == batch_size and all(a.shape == (num_steps, size) for a in arrays):
        fail(f"for X of shape {X.shape} (batch_size, num_steps) the list holds {batch_size} "
             f"arrays of shape {(num_steps, size)}, one per example: iterate over the time "
             "steps, the columns of X (for x in X.T)")
    if len(arrays) != num_steps:
        fail(f"for X of shape {X.shape} (batch_size, num_steps) expected a list of "
             f"num_steps = {num_steps} arrays, got {len(arrays)}")
    for t, a in enumerate(arrays):
        if a.shape != (batch_size, size):
            fail(f"item {t} has shape {a.shape}; each item should be (batch_size, size) = "
                 f"{(batch_size, size)}")
    return arrays


@pytest.mark.points(0.5)
def test_list_of_steps(student, rng):
    """returns a list with one (batch_size, size) array per time step."""
    X = indices(rng, 3, 5, 7)
    steps(student.to_onehot(X, 7), X, 7)


@pytest.mark.points(0.5)
def test_matches_one_hot(student, rng):
    """step t is nd.one_hot of column t of X."""
    X = indices(rng, 4, 6, 9)
    got = steps(student.to_onehot(X, 9), X, 9, strict=False)
    expected = ref.to_onehot(X, 9)
    if all(np.array_equal(a, e) for a, e in zip(got[::-1], expected)) and len(got) > 1:
        fail("the steps come in reverse order: step t is column t of X")
    for t, (a, e) in enumerate(zip(got, expected)):
        expect_close(a, e, f"the one-hot array of step {t}", rtol=0, atol=1e-6)
