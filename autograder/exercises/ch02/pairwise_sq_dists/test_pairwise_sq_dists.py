"""Hidden checks for `pairwise_sq_dists` (§2.2) against MXNet's broadcasting in float64."""

import pytest

from autograder.exercises.ch02.pairwise_sq_dists import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch02.pairwise_sq_dists import public as ex

pytestmark = pytest.mark.exercise("pairwise_sq_dists")


def run(student, X, Y):
    got = student.call("pairwise_sq_dists", X, Y).value
    fail_if(ex.diagnose(got, X, Y))
    expect_close(got, ref.pairwise_sq_dists(X, Y),
                 f"pairwise_sq_dists of X {X.shape} and Y {Y.shape}", *ex.tol(X, Y))
    return got


@pytest.mark.points(1)
def test_matches_reference(student, rng):
    """D (n, m) matches the reference on random X (n, d) and Y (m, d)."""
    for n, m, d in [(4, 6, 3), (int(rng.integers(5, 9)), int(rng.integers(2, 5)), 5)]:
        X = (rng.normal(size=(n, d)) * 2).astype("float32")
        Y = (rng.normal(size=(m, d)) * 2).astype("float32")
        run(student, X, Y)


@pytest.mark.points(0.5)
def test_small_shapes(student, rng):
    """returns an NDArray, also for a single row of X and for one feature (d = 1)."""
    for n, m, d in [(1, 4, 3), (3, 2, 1)]:
        X = rng.normal(size=(n, d)).astype("float32")
        Y = rng.normal(size=(m, d)).astype("float32")
        got = run(student, X, Y)
        fail_if(ex.not_ndarray(got))
