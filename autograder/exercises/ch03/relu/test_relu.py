"""Hidden checks for `relu` (§3.8) against nd.relu."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("relu")


def away_from_zero(rng, shape):
    X = rng.normal(size=shape)
    return (X + np.sign(X) * 0.01).astype("float32")  # the kink at 0 has no gradient


@pytest.mark.points(0.5)
def test_matches_nd_relu(student, rng):
    """matches nd.relu elementwise."""
    X = away_from_zero(rng, (5, 6))
    got = student.relu(X)
    arr = as_numpy(got)
    if arr is not None and arr.shape == X.shape and np.allclose(arr, np.abs(X), rtol=1e-6):
        fail("relu(X) is the absolute value |x|: negative entries must become 0, not "
             "positive (nd.maximum(X, 0))")
    expect_close(got, ref.relu(X), "relu(X)", rtol=1e-6, atol=0)


@pytest.mark.points(0.25)
def test_input_unchanged(student, rng):
    """leaves its input unchanged."""
    X = away_from_zero(rng, (3, 4))
    after = student.call("relu", X, return_args=True).args_after[0]
    if not np.array_equal(np.asarray(after), X):
        fail("relu changed its input X in place: return a new array (nd.maximum(X, 0))")


@pytest.mark.points(0.25)
def test_gradient(student, rng):
    """passes gradient 1 for positive and 0 for negative inputs."""
    X = away_from_zero(rng, (4, 5))
    head = rng.normal(size=(4, 5)).astype("float32")
    result = student.call("relu", X, grad=[0], head_grad=head)
    expect_close(result.grads[0], ref.relu_grad(X, head), "the gradient with respect to X",
                 rtol=1e-6, atol=0)
