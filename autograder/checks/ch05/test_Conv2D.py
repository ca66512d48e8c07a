"""Hidden checks for the `Conv2D` layer (§5.1) against nd.Convolution plus a bias.

The layer is built, initialized and run in the sandbox with a correct `corr2d` in place, so
a mistake in the student's `corr2d` costs points only there.
"""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, expect, expect_close, fail

from ._blocks import BLOCK_HINTS, params_of, run_block

pytestmark = pytest.mark.exercise("Conv2D")

HINTS = BLOCK_HINTS
STAND_INS = {"corr2d": "corr2d"}


def build(student, rng, kernel_size, x_shape, grad=False, head=None):
    X = rng.normal(size=x_shape).astype("float32")
    result = run_block(student, "Conv2D", kernel_size, X=X, stand_ins=STAND_INS, grad=grad,
                       head_grad=head, seed=int(rng.integers(1 << 30)))
    return X, result


def weight_and_bias(result, kernel_size, strict=False):
    """The weight and the bias, or fail; ``strict``: they must come in that order."""
    values = [value for _, value in params_of(result)]
    shapes = [value.shape for value in values]
    if shapes != [tuple(kernel_size), (1,)]:
        if shapes == [(1,), tuple(kernel_size)]:
            if not strict:
                return values[::-1]
            fail("create the weight first and then the bias (as the book does; the public "
                 "check relies on that order)")
        if tuple(kernel_size) not in shapes:
            fail(f"Conv2D({kernel_size}) has parameters of shapes {shapes}: the kernel must be "
                 "a parameter, self.params.get('weight', shape=kernel_size), or it cannot "
                 "be learned")
        fail(f"Conv2D({kernel_size}) should have two parameters, a weight of shape "
             f"{tuple(kernel_size)} and a bias of shape (1,); it has shapes {shapes}")
    return values


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
    X, result = build(student, rng, kernel_size, (5, 6))
    weight, bias = weight_and_bias(result, kernel_size)
    expected = ref.conv2d_layer(X, weight, bias, head)[0]
    arr = as_numpy(result.value)
    wrong = arr is not None and arr.shape == expected.shape and not np.allclose(
        arr, expected, rtol=1e-4, atol=1e-5)
    if wrong and np.allclose(
            arr, ref.corr2d(X, weight[::-1, ::-1]) + bias, rtol=1e-4, atol=1e-5):
        fail("the kernel is flipped: the layer should compute corr2d(x, weight)")
    if wrong and np.allclose(arr, ref.corr2d(X, weight), rtol=1e-4, atol=1e-5):
        fail("the bias is not added: return corr2d(x, self.weight.data()) + self.bias.data()")
    expect_close(result.value, expected, "the layer's output", rtol=1e-4, atol=1e-5)


@pytest.mark.points(0.75)
def test_gradient(student, rng):
    """passes the right gradients to the input, the weight and the bias."""
    kernel_size = (3, 2)
    head = rng.normal(size=(4, 5)).astype("float32")
    X, result = build(student, rng, kernel_size, (6, 6), grad=True, head=head)
    weight, bias = weight_and_bias(result, kernel_size)
    _, grad_X, grad_w, grad_b = ref.conv2d_layer(X, weight, bias, head)
    grads = list(result.param_grads)
    if [value.shape for _, value in params_of(result)] != [tuple(kernel_size), (1,)]:
        grads = grads[::-1]
    expect(len(grads) == 2 and grads[0] is not None and grads[1] is not None,
           "the weight and the bias should both take gradients")
    if np.allclose(as_numpy(grads[1]), 0) and not np.allclose(grad_b, 0):
        fail("the bias gets no gradient: forward must add self.bias.data() to the output")
    expect_close(result.grads[0], grad_X, "the gradient with respect to the input",
                 rtol=1e-4, atol=1e-4)
    expect_close(grads[0], grad_w, "the gradient with respect to the weight", rtol=1e-4,
                 atol=1e-4)
    expect_close(grads[1], grad_b, "the gradient with respect to the bias", rtol=1e-4,
                 atol=1e-4)
