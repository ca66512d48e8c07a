"""Hidden checks for the `Conv2D` layer (§5.1) against nd.Convolution plus a bias.

The layer is built, initialized and run in the sandbox with a correct `corr2d` in place, so
a mistake in the student's `corr2d` costs points only there.
"""

import numpy as np
import pytest

from autograder.exercises.ch05._blocks import params_of, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.Conv2D import reference as ref
from autograder.testing import expect, expect_close, fail_if
from d2l.selfcheck.ch05.Conv2D import public as ex
from d2l.selfcheck.ch05.corr2d.public import corr_tol

pytestmark = pytest.mark.exercise("Conv2D")

STAND_INS = ex.STAND_INS


def build(student, rng, kernel_size, x_shape, grad=False, head=None):
    X = rng.normal(size=x_shape).astype("float32")
    result = run_block(student, "Conv2D", kernel_size, X=X, stand_ins=STAND_INS, grad=grad,
                       head_grad=head, seed=int(rng.integers(1 << 30)))
    return X, result


def weight_and_bias(result, kernel_size, strict=False):
    """The weight and the bias, or fail; ``strict``: they must come in that order."""
    values = [value for _, value in params_of(result)]
    fail_if(ex.parameter_problem([v.shape for v in values], kernel_size, strict))
    return ex.weight_and_bias(values, kernel_size)


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """creates a weight of shape kernel_size and then a bias of shape (1,)."""
    for kernel_size, x_shape in [((2, 3), (5, 6)), ((1, 2), (6, 8))]:
        _, result = build(student, rng, kernel_size, x_shape)
        weight_and_bias(result, kernel_size, strict=True)


@pytest.mark.points(0.75)
def test_forward(student, rng):
    """returns corr2d(x, weight) + bias, like nd.Convolution with a bias."""
    kernel_size = (2, 3)
    head = np.ones((4, 4), dtype="float32")
    for r in both("Conv2D/forward", rng):
        X, result = build(student, r, kernel_size, (5, 6))
        weight, bias = weight_and_bias(result, kernel_size)
        expected = ref.conv2d_layer(X, weight, bias, head)[0]
        tol = corr_tol(X, weight)
        fail_if(ex.named_output(result.value, expected, ref.variants(X, weight, bias), tol))
        expect_close(result.value, expected, "the layer's output", *tol)


@pytest.mark.points(0.75)
def test_gradient(student, rng):
    """passes the right gradients to the input, the weight and the bias."""
    kernel_size = (3, 2)
    for r in both("Conv2D/gradient", rng):
        head = r.normal(size=(4, 5)).astype("float32")
        X, result = build(student, r, kernel_size, (6, 6), grad=True, head=head)
        weight, bias = weight_and_bias(result, kernel_size)
        _, grad_X, grad_w, grad_b = ref.conv2d_layer(X, weight, bias, head)
        grads = list(result.param_grads)
        if [value.shape for _, value in params_of(result)] != [tuple(kernel_size), (1,)]:
            grads = grads[::-1]
        expect(len(grads) == 2 and grads[0] is not None and grads[1] is not None,
               "the weight and the bias should both take gradients")
        fail_if(ex.bias_no_gradient(grads[1], grad_b))
        expect_close(result.grads[0], grad_X, "the gradient with respect to the input",
                     rtol=1e-4, atol=corr_tol(head, weight)[1])
        expect_close(grads[0], grad_w, "the gradient with respect to the weight", rtol=1e-4,
                     atol=corr_tol(head, X)[1])
        expect_close(grads[1], grad_b, "the gradient with respect to the bias", rtol=1e-4,
                     atol=corr_tol(head, np.ones_like(head))[1])
