"""Hidden checks for `style_loss` (§9.11) against 2 * gloss.L2Loss of the Gram matrices;
the notebook's `gram` is the grader's correct one while they run."""

import pytest

from autograder.exercises.ch09.style_loss import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.style_loss import public as ex

pytestmark = pytest.mark.exercise("style_loss")

STAND_INS = ex.STAND_INS


def shapes(rng):
    return [(1, 3, 4, 4), (1, int(rng.integers(2, 6)), int(rng.integers(2, 6)),
                           int(rng.integers(2, 6)))]


@pytest.mark.points(0.5)
def test_values(student, rng):
    """the mean squared error of gram(Y_hat) and the precomputed gram_Y, one number."""
    for shape in shapes(rng):
        Y_hat, gram_Y = ref.features(rng, shape)
        got = student.call("style_loss", Y_hat, gram_Y, stand_ins=STAND_INS).value
        fail_if(ex.diagnose(got, Y_hat, gram_Y))
        expect_close(got, ref.style_loss(Y_hat, gram_Y), "style_loss(Y_hat, gram_Y)", *ex.tol())


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients of Y_hat and gram_Y back through autograd."""
    for shape in shapes(rng):
        Y_hat, gram_Y = ref.features(rng, shape)
        result = student.call("style_loss", Y_hat, gram_Y, grad=[0, 1], stand_ins=STAND_INS)
        grads = ref.style_loss_grads(Y_hat, gram_Y)
        expect_close(result.grads[0], grads[0], "the gradient with respect to Y_hat", 1e-4,
                     1e-8)
        expect_close(result.grads[1], grads[1], "the gradient with respect to gram_Y", 1e-4,
                     1e-8)
