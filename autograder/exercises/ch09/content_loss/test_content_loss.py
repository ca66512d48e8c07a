"""Hidden checks for `content_loss` (§9.11) against 2 * gloss.L2Loss, gradients included."""

import pytest

from autograder.exercises.ch09.content_loss import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.content_loss import public as ex

pytestmark = pytest.mark.exercise("content_loss")


def shapes(rng):
    return [(1, 4, 3, 5), (1, int(rng.integers(1, 6)), int(rng.integers(2, 7)),
                           int(rng.integers(2, 7)))]


@pytest.mark.points(0.5)
def test_values(student, rng):
    """the mean of the squared errors of two (1, c, h, w) features, one number."""
    for shape in shapes(rng):
        Y_hat, Y = ref.features(rng, shape)
        got = student.call("content_loss", Y_hat, Y).value
        fail_if(ex.diagnose(got, Y_hat, Y))
        expect_close(got, ref.content_loss(Y_hat, Y), "content_loss(Y_hat, Y)", *ex.tol())


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients of Y_hat and Y back through autograd."""
    for shape in shapes(rng):
        Y_hat, Y = ref.features(rng, shape)
        result = student.call("content_loss", Y_hat, Y, grad=[0, 1])
        grads = ref.content_loss_grads(Y_hat, Y)
        expect_close(result.grads[0], grads[0], "the gradient with respect to Y_hat", 1e-4,
                     1e-7)
        expect_close(result.grads[1], grads[1], "the gradient with respect to Y", 1e-4, 1e-7)
