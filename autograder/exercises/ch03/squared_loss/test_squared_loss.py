"""Hidden checks for `squared_loss` (§3.2) against gluon.loss.L2Loss."""

import numpy as np
import pytest

from autograder.exercises.ch03.squared_loss import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch03.squared_loss import public as ex

pytestmark = pytest.mark.exercise("squared_loss")

# The same in every run: no entry of y_hat equals y, so every named mistake shows.
FIXED_Y_HAT = np.array([[0.5], [-1.0], [2.0], [0.0], [1.5], [-0.25], [3.0]], dtype="float32")
FIXED_Y = np.array([1.0, 0.5, -1.0, 2.0, 1.25, 0.75, -2.0], dtype="float32")


@pytest.mark.points(0.5)
def test_matches_l2loss(student, rng):
    """gives L2Loss per example, in y_hat's shape, when y has shape (n,)."""
    for y_hat, y in ((FIXED_Y_HAT, FIXED_Y), (rng.normal(size=(7, 1)).astype("float32"),
                                               rng.normal(size=(7,)).astype("float32"))):
        got, expected = student.squared_loss(y_hat, y), ref.squared_loss(y_hat, y)
        fail_if(ex.wrong_loss(got, expected))
        expect_close(got, expected, "squared_loss(y_hat, y)", ex.RTOL, ex.ATOL)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """has gradient y_hat - y with respect to y_hat."""
    for y_hat, y in ((FIXED_Y_HAT[:6], FIXED_Y[:6].reshape(6, 1)),
                     (rng.normal(size=(6, 1)).astype("float32"),
                      rng.normal(size=(6, 1)).astype("float32"))):
        result = student.call("squared_loss", y_hat, y, grad=[0], head_grad=np.ones_like(y_hat))
        expect_close(result.grads[0], y_hat - y, "the gradient with respect to y_hat",
                     ex.RTOL, ex.ATOL)
