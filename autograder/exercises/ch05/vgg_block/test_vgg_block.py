"""Hidden checks for `vgg_block` (§5.7) against the book's block built from Gluon layers,
with the student's parameter values copied in."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.vgg_block import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch05.vgg_block import public as ex

pytestmark = pytest.mark.exercise("vgg_block")


def build(student, rng, num_convs, num_channels, c_in=3, size=8):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    result = run_block(student, "vgg_block", num_convs, num_channels, X=X,
                       seed=int(rng.integers(1 << 30)))
    return X, result


@pytest.mark.points(0.5)
def test_shape_and_parameters(student, rng):
    """num_convs 3x3 convolutions keep the size, then 2x2 max pooling halves it."""
    # Fixed sizes: one convolution on 8 x 8 first (the missing padding gives 3, not 4),
    # then two on 6 x 6 (a pooling after each gives 1).
    for num_convs, num_channels, c_in, size in [(1, 4, 3, 8), (2, int(rng.integers(5, 9)), 2, 6),
                                                 (3, 3, 1, 4)]:
        X, result = build(student, rng, num_convs, num_channels, c_in, size)
        args = (num_convs, num_channels)
        expect_structure(result, ref.vgg_block, args, X, call_text("vgg_block", args),
                         ex.structure)


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's block computes (ReLU after every convolution)."""
    for r in both("vgg_block/forward", rng):
        args = (2, int(r.integers(3, 7)))
        X, result = build(student, r, *args)
        expect_forward(result, ref.vgg_block, args, X, call_text("vgg_block", args),
                       variants=ref.variants(*args), mistakes=ex.MISTAKES,
                       structure=ex.structure)
