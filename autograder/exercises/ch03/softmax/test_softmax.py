"""Hidden checks for `softmax` (§3.6) against nd.softmax, stability included."""

import numpy as np
import pytest

from autograder.exercises.ch03.softmax import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.compare import float32_tol
from d2l.selfcheck.ch03.softmax import public as ex

pytestmark = pytest.mark.exercise("softmax")


def call(student, X, **kwargs):
    return student.call("softmax", X, **kwargs)


@pytest.mark.points(0.5)
def test_matches_nd_softmax(student, rng):
    """matches nd.softmax on random inputs, row by row."""
    X = (rng.normal(size=(5, 7)) * 3).astype("float32")
    got = call(student, X).value
    fail_if(ex.wrong_axis(got, X))
    expect_close(got, ref.softmax(X), "softmax(X)", rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_large_inputs(student, rng):
    """stays finite and exact for large inputs such as [[100, 0]]."""
    X = np.array([[100.0, 0.0]], dtype="float32")
    got = call(student, X).value
    fail_if(ex.overflow(got, "softmax(nd.array([[100, 0]]))"))
    expect_close(got, ref.softmax(X), "softmax([[100, 0]])", rtol=1e-5, atol=1e-6)
    # Rows near +1000 and rows near -1000 in one batch: one maximum for the whole batch
    # (instead of one per row) underflows the negative rows to 0 / 0.
    offsets = rng.permutation(np.array([-1000, -1000, 1000, 1000]))[:, None]
    big = (rng.normal(size=(4, 6)) * 5 + offsets).astype("float32")
    got = call(student, big).value
    fail_if(ex.overflow(got, "softmax of rows near +-1000"))
    expect_close(got, ref.softmax(big), "softmax of rows near +-1000",
                 rtol=float32_tol(big), atol=1e-6)


@pytest.mark.points(0.5)
def test_other_shapes(student, rng):
    """works for one row and for many classes."""
    for shape in [(1, 3), (8, 50)]:
        X = rng.normal(size=shape).astype("float32")
        got = call(student, X).value
        fail_if(ex.wrong_axis(got, X))
        expect_close(got, ref.softmax(X), f"softmax of a {shape} input", rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradient back through autograd."""
    X = rng.normal(size=(4, 5)).astype("float32")
    head = rng.normal(size=(4, 5)).astype("float32")
    result = call(student, X, grad=[0], head_grad=head)
    expect_close(result.grads[0], ref.softmax_grad(X, head), "the gradient with respect to X",
                 rtol=1e-4, atol=1e-6)
