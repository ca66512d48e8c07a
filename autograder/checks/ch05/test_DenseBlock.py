"""Hidden checks for `DenseBlock` (§5.12) against the book's block built from Gluon layers,
with the student's parameter values copied in; a correct `conv_block` stands in for the
student's."""

import functools

import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, fail

from ._blocks import BLOCK_HINTS, expect_forward, expect_params, expect_shape, run_block

pytestmark = pytest.mark.exercise("DenseBlock")

HINTS = BLOCK_HINTS + [
    ("Incompatible input shape", "X and Y must have the same height and width to be "
                                 "concatenated along the channels (dim=1)"),
]
STAND_INS = {"conv_block": "conv_block"}


def build(student, rng, args, c_in, size=5):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "DenseBlock", *args, X=X, stand_ins=STAND_INS,
                        train_mode=True, seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_output_channels(student, rng):
    """returns c_in + num_convs * num_channels channels of the same size."""
    for args, c_in in [((2, 10), 3), ((3, int(rng.integers(2, 6))), 4), ((1, 2), 1)]:
        X, result = build(student, rng, args, c_in)
        out = as_numpy(result.value)
        full = c_in + args[0] * args[1]
        if out is not None and out.ndim == 4 and out.shape[1] == args[1] != full:
            fail(f"DenseBlock{args} returns {args[1]} channels, only the last conv_block's "
                 "output: after each block concatenate its input and output, "
                 "X = nd.concat(X, Y, dim=1), and return X")
        expect_shape(result, ref.DenseBlock, args, X, f"DenseBlock{args}")


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """holds num_convs conv_blocks, each seeing all the channels before it."""
    args, c_in = (3, int(rng.integers(2, 6))), 3
    X, result = build(student, rng, args, c_in)
    expect_params(result, ref.DenseBlock, args, X, f"DenseBlock{args}")


@pytest.mark.points(1)
def test_forward(student, rng):
    """concatenates each block's input and output, input first, like the book's block."""
    args = (2, int(rng.integers(2, 5)))
    X, result = build(student, rng, args, c_in=3)
    expect_forward(result, ref.DenseBlock, args, X, f"DenseBlock{args}", train_mode=True,
                   variants={"the output comes first in the concatenation: the book "
                             "concatenates input first, X = nd.concat(X, Y, dim=1)":
                             functools.partial(ref.DenseBlock, *args, new_first=True)})
