"""Hidden checks for `conv_block` (§5.12) against the book's block built from Gluon layers,
with the student's parameter values copied in; batch normalization in training mode."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.conv_block import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch05.conv_block import public as ex

pytestmark = pytest.mark.exercise("conv_block")


def build(student, rng, num_channels, c_in, size=5):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "conv_block", num_channels, X=X, train_mode=True,
                        seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_shape_and_parameters(student, rng):
    """batch norm, ReLU, then a 3x3 convolution with padding 1 and num_channels channels."""
    for num_channels, c_in in [(2, 5), (int(rng.integers(4, 8)), 3)]:
        X, result = build(student, rng, num_channels, c_in)
        expect_structure(result, ref.conv_block, (num_channels,), X,
                         call_text("conv_block", (num_channels,)), ex.structure)


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's block computes, in training mode."""
    for r in both("conv_block/forward", rng):
        num_channels = int(r.integers(3, 7))
        X, result = build(student, r, num_channels, 2)
        expect_forward(result, ref.conv_block, (num_channels,), X,
                       call_text("conv_block", (num_channels,)), train_mode=True,
                       structure=ex.structure)
