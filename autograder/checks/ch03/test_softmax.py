"""Hidden checks for `softmax` (§3.6) against nd.softmax, stability included."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("softmax")


HINTS = [("could not be broadcast", "The row sums have shape (n,) and do not broadcast "
                                   "against (n, q): sum with keepdims=True")]


def call(student, X, **kwargs):
    return student.call("softmax", X, **kwargs)


def diagnose(got, X):
    arr = as_numpy(got)
    if arr is None or arr.shape != X.shape:
        return
    if np.allclose(arr.sum(axis=0), 1, atol=1e-4) and not np.allclose(arr.sum(axis=1), 1,
                                                                        atol=1e-4):
        fail("the columns sum to 1 instead of the rows: normalise along axis=1 "
             "(sum(axis=1, keepdims=True))")


@pytest.mark.points(0.5)
def test_matches_nd_softmax(student, rng):
    """matches nd.softmax on random inputs, row by row."""
    X = (rng.normal(size=(5, 7)) * 3).astype("float32")
    got = call(student, X).value
    diagnose(got, X)
    expect_close(got, ref.softmax(X), "softmax(X)", rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_large_inputs(student, rng):
    """stays finite and exact for large inputs such as [[100, 0]]."""
    X = np.array([[100.0, 0.0]], dtype="float32")
    got = call(student, X).value
    arr = as_numpy(got)
    if arr is not None and not np.isfinite(arr).all():
        fail("softmax(nd.array([[100, 0]])) contains NaN or inf: exp(100) overflows float32. "
             "Subtract each row's maximum before exp (the result does not change)")
    expect_close(got, ref.softmax(X), "softmax([[100, 0]])", rtol=1e-5, atol=1e-6)
    # Rows near +1000 and rows near -1000 in one batch: one maximum for the whole batch
    # (instead of one per row) underflows the negative rows to 0 / 0.
    offsets = rng.permutation(np.array([-1000, -1000, 1000, 1000]))[:, None]
    big = (rng.normal(size=(4, 6)) * 5 + offsets).astype("float32")
    got = call(student, big).value
    arr = as_numpy(got)
    if arr is not None and not np.isfinite(arr).all():
        fail("softmax gives NaN or inf for rows of large positive or negative numbers: "
             "subtract each row's maximum before exp")
    expect_close(got, ref.softmax(big), "softmax of rows near +-1000", rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_other_shapes(student, rng):
    """works for one row and for many classes."""
    for shape in [(1, 3), (8, 50)]:
        X = rng.normal(size=shape).astype("float32")
        got = call(student, X).value
        diagnose(got, X)
        expect_close(got, ref.softmax(X), f"softmax of a {shape} input", rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradient back through autograd."""
    X = rng.normal(size=(4, 5)).astype("float32")
    head = rng.normal(size=(4, 5)).astype("float32")
    result = call(student, X, grad=[0], head_grad=head)
    expect_close(result.grads[0], ref.softmax_grad(X, head), "the gradient with respect to X",
                 rtol=1e-4, atol=1e-6)
