"""Hidden checks for `tv_loss` (§9.11) against the neighbour differences by nd.Convolution,
gradient included."""

import pytest

from autograder.exercises.ch09.tv_loss import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.tv_loss import public as ex

pytestmark = pytest.mark.exercise("tv_loss")


def shapes(rng):
    return [(1, 3, 4, 6), (1, 3, int(rng.integers(2, 8)), int(rng.integers(2, 8))),
            (1, int(rng.integers(1, 5)), 5, 3)]


@pytest.mark.points(0.5)
def test_values(student, rng):
    """0.5 * (mean |vertical differences| + mean |horizontal differences|), one number."""
    for shape in shapes(rng):
        Y = ref.image(rng, shape)
        got = student.call("tv_loss", Y).value
        fail_if(ex.diagnose(got, Y))
        expect_close(got, ref.tv_loss(Y), f"tv_loss of a {shape} image", *ex.tol())


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradient back through autograd."""
    for shape in shapes(rng)[:2]:
        Y = ref.image(rng, shape)
        result = student.call("tv_loss", Y, grad=[0])
        expect_close(result.grads[0], ref.tv_loss_grad(Y), "the gradient with respect to Y_hat",
                     1e-4, 1e-7)
