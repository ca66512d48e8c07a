"""Hidden checks for `squared_loss` (§3.2) against gluon.loss.L2Loss."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("squared_loss")


@pytest.mark.points(0.5)
def test_matches_l2loss(student, rng):
    """gives L2Loss per example, in y_hat's shape, when y has shape (n,)."""
    y_hat = rng.normal(size=(7, 1)).astype("float32")
    y = rng.normal(size=(7,)).astype("float32")
    got, expected = student.squared_loss(y_hat, y), ref.squared_loss(y_hat, y)
    arr = as_numpy(got)
    if arr is not None:
        if arr.shape == (7, 7):
            fail("the result has shape (7, 7): y has shape (7,) and y_hat (7, 1), so they "
                 "broadcast to a matrix; reshape y to y_hat.shape first")
        if arr.size == 1:
            fail("the result is a single number: return the loss of each example (shape "
                 "(n, 1)), without sum or mean")
        if arr.shape == expected.shape and np.allclose(arr, 2 * expected, rtol=1e-4):
            fail("the loss is twice L2Loss: divide the squared error by 2")
    expect_close(got, expected, "squared_loss(y_hat, y)", rtol=1e-4, atol=1e-6)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """has gradient y_hat - y with respect to y_hat."""
    y_hat = rng.normal(size=(6, 1)).astype("float32")
    y = rng.normal(size=(6, 1)).astype("float32")
    head = np.ones_like(y_hat)
    result = student.call("squared_loss", y_hat, y, grad=[0], head_grad=head)
    expect_close(result.grads[0], y_hat - y, "the gradient with respect to y_hat", rtol=1e-4,
                 atol=1e-5)
