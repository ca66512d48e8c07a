"""Hidden checks for `nin_block` (§5.8) against the book's block built from Gluon layers,
with the student's parameter values copied in."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.nin_block import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch05.nin_block import public as ex

pytestmark = pytest.mark.exercise("nin_block")


def build(student, rng, args, c_in=3, size=9):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "nin_block", *args, X=X, seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_shape_and_parameters(student, rng):
    """one convolution with the given kernel, strides and padding, then two 1x1 ones."""
    for args, c_in, size in [((4, 3, 2, 1), 3, 9), ((int(rng.integers(3, 7)), 5, 1, 2), 2, 7),
                             ((2, 1, 1, 0), 1, 5)]:
        X, result = build(student, rng, args, c_in, size)
        expect_structure(result, ref.nin_block, args, X, call_text("nin_block", args))


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's block computes (a ReLU after each of the three layers)."""
    for r in both("nin_block/forward", rng):
        args = (int(r.integers(3, 6)), 3, 2, 1)
        X, result = build(student, r, args)
        expect_forward(result, ref.nin_block, args, X, call_text("nin_block", args),
                       variants=ref.variants(*args), mistakes=ex.MISTAKES)
