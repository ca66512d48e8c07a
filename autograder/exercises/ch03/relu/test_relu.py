"""Hidden checks for `relu` (§3.8) against nd.relu."""

import numpy as np
import pytest

from autograder.exercises.ch03.relu import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch03.relu import public as ex

pytestmark = pytest.mark.exercise("relu")


def inputs(rng, shape):
    """The same input in every run (negative and positive entries), then a drawn one."""
    return ref.away_from_zero(np.random.default_rng(309), shape), ref.away_from_zero(rng, shape)


@pytest.mark.points(0.5)
def test_matches_nd_relu(student, rng):
    """matches nd.relu elementwise."""
    for X in inputs(rng, (5, 6)):
        got = student.relu(X)
        fail_if(ex.absolute(got, X))
        expect_close(got, ref.relu(X), "relu(X)", ex.RTOL, ex.ATOL)


@pytest.mark.points(0.25)
def test_input_unchanged(student, rng):
    """leaves its input unchanged."""
    for X in inputs(rng, (3, 4)):
        fail_if(ex.changed_input(student.call("relu", X, return_args=True).args_after[0], X))


@pytest.mark.points(0.25)
def test_gradient(student, rng):
    """passes gradient 1 for positive and 0 for negative inputs."""
    for X in inputs(rng, (4, 5)):
        head = rng.normal(size=(4, 5)).astype("float32")
        result = student.call("relu", X, grad=[0], head_grad=head)
        expect_close(result.grads[0], ref.relu_grad(X, head), "the gradient with respect to X",
                     ex.RTOL, ex.ATOL)
