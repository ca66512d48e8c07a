"""Hidden checks for `down_sample_blk` (§9.7) against the book's block built from Gluon
layers, with the student's parameter values copied in; batch normalization in training
mode."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch09._ssd import both
from autograder.exercises.ch09.down_sample_blk import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch09.down_sample_blk import public as ex

pytestmark = pytest.mark.exercise("down_sample_blk")


def case(student, r, size):
    args = (int(r.integers(3, 8)),)
    X = r.normal(size=(2, int(r.integers(2, 5))) + size).astype("float32")
    return args, X, run_block(student, "down_sample_blk", *args, X=X, train_mode=True,
                              seed=int(r.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_shapes(student, rng):
    """halves height and width (odd sizes round down) and sets the number of channels."""
    for r, size in zip(both("down_sample_blk/shapes", rng), [(8, 6), (7, 9)]):
        args, X, result = case(student, r, size)
        expect_structure(result, ref.down_sample_blk, args, X,
                         call_text("down_sample_blk", args), ex.structure, params=False)


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """two 3x3 convolutions, each followed by a batch normalization: the book's parameters."""
    for r in both("down_sample_blk/parameters", rng):
        args, X, result = case(student, r, (6, 6))
        expect_structure(result, ref.down_sample_blk, args, X,
                         call_text("down_sample_blk", args), ex.structure, shape=False)


@pytest.mark.points(1)
def test_forward(student, rng):
    """with the same parameters it computes what the book's block computes: (convolution,
    batch norm, ReLU) twice, then 2x2 max pooling."""
    for r in both("down_sample_blk/forward", rng):
        args, X, result = case(student, r, (6, 8))
        expect_forward(result, ref.down_sample_blk, args, X,
                       call_text("down_sample_blk", args), train_mode=True,
                       variants=ref.variants(*args), mistakes=ex.MISTAKES,
                       structure=ex.structure)
