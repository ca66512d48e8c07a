"""Hidden checks for `transition_block` (§5.12) against the book's block built from Gluon
layers, with the student's parameter values copied in; batch normalization in training
mode."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.transition_block import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch05.transition_block import public as ex

pytestmark = pytest.mark.exercise("transition_block")


def build(student, rng, num_channels, c_in, size=6):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "transition_block", num_channels, X=X, train_mode=True,
                        seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_shape_and_parameters(student, rng):
    """batch norm, ReLU, a 1x1 convolution to num_channels, then halves the size."""
    for num_channels, c_in, size in [(4, 3, 5), (int(rng.integers(2, 6)), 7, 6)]:
        X, result = build(student, rng, num_channels, c_in, size)
        expect_structure(result, ref.transition_block, (num_channels,), X,
                         call_text("transition_block", (num_channels,)))


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's block computes (2x2 average pooling with stride 2)."""
    for r in both("transition_block/forward", rng):
        num_channels = int(r.integers(2, 6))
        X, result = build(student, r, num_channels, 5)
        expect_forward(result, ref.transition_block, (num_channels,), X,
                       call_text("transition_block", (num_channels,)), train_mode=True,
                       variants=ref.variants(num_channels), mistakes=ex.MISTAKES)
