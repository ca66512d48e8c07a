"""Hidden checks for `DenseBlock` (§5.12) against the book's block built from Gluon layers,
with the student's parameter values copied in; a correct `conv_block` stands in for the
student's."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.DenseBlock import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch05.DenseBlock import public as ex

pytestmark = pytest.mark.exercise("DenseBlock")

STAND_INS = ex.STAND_INS


def build(student, rng, args, c_in, size=5):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "DenseBlock", *args, X=X, stand_ins=STAND_INS,
                        train_mode=True, seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_output_channels(student, rng):
    """returns c_in + num_convs * num_channels channels of the same size."""
    for args, c_in in [((2, 10), 3), ((3, int(rng.integers(2, 6))), 4), ((1, 2), 1)]:
        X, result = build(student, rng, args, c_in)
        expect_structure(result, ref.DenseBlock, args, X, call_text("DenseBlock", args),
                         ex.structure, params=False)


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """holds num_convs conv_blocks, each seeing all the channels before it."""
    for r in both("DenseBlock/parameters", rng):
        args = (3, int(r.integers(2, 6)))
        X, result = build(student, r, args, c_in=3)
        expect_structure(result, ref.DenseBlock, args, X, call_text("DenseBlock", args),
                         shape=False)


@pytest.mark.points(1)
def test_forward(student, rng):
    """concatenates each block's input and output, input first, like the book's block."""
    for r in both("DenseBlock/forward", rng):
        args = (2, int(r.integers(2, 5)))
        X, result = build(student, r, args, c_in=3)
        expect_forward(result, ref.DenseBlock, args, X, call_text("DenseBlock", args),
                       train_mode=True, variants=ref.variants(*args), mistakes=ex.MISTAKES,
                       structure=ex.structure)
