"""Hidden checks for `transition_block` (§5.12) against the book's block built from Gluon
layers, with the student's parameter values copied in; batch normalization in training
mode."""

import functools

import pytest

from autograder.references import ch05 as ref

from ._blocks import BLOCK_HINTS, expect_forward, expect_params, expect_shape, run_block

pytestmark = pytest.mark.exercise("transition_block")

HINTS = BLOCK_HINTS


def build(student, rng, num_channels, c_in, size=6):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "transition_block", num_channels, X=X, train_mode=True,
                        seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_shape_and_parameters(student, rng):
    """batch norm, ReLU, a 1x1 convolution to num_channels, then halves the size."""
    for num_channels, c_in, size in [(int(rng.integers(2, 6)), 7, 6), (4, 3, 5)]:
        X, result = build(student, rng, num_channels, c_in, size)
        what = f"transition_block({num_channels})"
        expect_shape(result, ref.transition_block, (num_channels,), X, what)
        expect_params(result, ref.transition_block, (num_channels,), X, what)


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's block computes (2x2 average pooling with stride 2)."""
    num_channels = int(rng.integers(2, 6))
    X, result = build(student, rng, num_channels, 5)
    expect_forward(result, ref.transition_block, (num_channels,), X,
                   f"transition_block({num_channels})", train_mode=True, variants={
                       "the pooling takes the maximum: the transition layer averages "
                       "(nn.AvgPool2D(pool_size=2, strides=2))":
                           functools.partial(ref.transition_block, num_channels, pool="max")})
