"""Hidden checks for `nin_block` (§5.8) against the book's block built from Gluon layers,
with the student's parameter values copied in."""

import functools

import pytest

from autograder.references import ch05 as ref

from ._blocks import BLOCK_HINTS, expect_forward, expect_params, expect_shape, run_block

pytestmark = pytest.mark.exercise("nin_block")

HINTS = BLOCK_HINTS


def build(student, rng, args, c_in=3, size=9):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "nin_block", *args, X=X, seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_shape_and_parameters(student, rng):
    """one convolution with the given kernel, strides and padding, then two 1x1 ones."""
    for args, c_in, size in [((4, 3, 2, 1), 3, 9), ((int(rng.integers(3, 7)), 5, 1, 2), 2, 7),
                             ((2, 1, 1, 0), 1, 5)]:
        X, result = build(student, rng, args, c_in, size)
        what = f"nin_block{args}"
        expect_shape(result, ref.nin_block, args, X, what)
        expect_params(result, ref.nin_block, args, X, what)


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's block computes (a ReLU after each of the three layers)."""
    args = (int(rng.integers(3, 6)), 3, 2, 1)
    X, result = build(student, rng, args)
    variants = {}
    for i in range(3):
        activations = ["relu"] * 3
        activations[i] = None
        variants[f"convolution {i + 1} of 3 has no ReLU: every layer of the NiN block uses "
                 f"activation='relu'"] = functools.partial(ref.nin_block, *args,
                                                            activations=activations)
    expect_forward(result, ref.nin_block, args, X, f"nin_block{args}", variants=variants)
