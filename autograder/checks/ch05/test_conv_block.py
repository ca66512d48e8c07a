"""Hidden checks for `conv_block` (§5.12) against the book's block built from Gluon layers,
with the student's parameter values copied in; batch normalization in training mode."""

import functools

import pytest

from autograder.references import ch05 as ref
from autograder.testing import fail
from d2l.selfcheck.ch05 import match_params

from ._blocks import BLOCK_HINTS, expect_forward, expect_params, expect_shape, run_block

pytestmark = pytest.mark.exercise("conv_block")

HINTS = BLOCK_HINTS


def build(student, rng, num_channels, c_in, size=5):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "conv_block", num_channels, X=X, train_mode=True,
                        seed=int(rng.integers(1 << 30)))


def resnet_order(num_channels, X):
    def diagnose(got, expected):
        other = ref.block_params(ref.conv_block(num_channels, order="conv-bn-relu"), X)
        if match_params([(name, value.shape) for name, value in got], other)[1] is None:
            fail("the layers are in ResNet's order (convolution, batch norm, ReLU): DenseNet's "
                 "conv_block is batch norm, ReLU, then the convolution")
    return diagnose


@pytest.mark.points(0.5)
def test_shape_and_parameters(student, rng):
    """batch norm, ReLU, then a 3x3 convolution with padding 1 and num_channels channels."""
    for num_channels, c_in in [(int(rng.integers(4, 8)), 3), (2, 5)]:
        X, result = build(student, rng, num_channels, c_in)
        what = f"conv_block({num_channels})"
        expect_shape(result, ref.conv_block, (num_channels,), X, what)
        expect_params(result, ref.conv_block, (num_channels,), X, what,
                      resnet_order(num_channels, X))


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's block computes, in training mode."""
    num_channels = int(rng.integers(3, 7))
    X, result = build(student, rng, num_channels, 2)
    expect_forward(result, ref.conv_block, (num_channels,), X, f"conv_block({num_channels})",
                   train_mode=True, variants={
                       "the layers are in ResNet's order (convolution, batch norm, ReLU): "
                       "DenseNet's conv_block is batch norm, ReLU, then the convolution":
                           functools.partial(ref.conv_block, num_channels,
                                             order="conv-bn-relu")})
