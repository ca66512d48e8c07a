"""Hidden checks for `vgg_block` (§5.7) against the book's block built from Gluon layers,
with the student's parameter values copied in."""

import functools

import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, fail

from ._blocks import BLOCK_HINTS, expect_forward, expect_params, expect_shape, run_block

pytestmark = pytest.mark.exercise("vgg_block")

HINTS = BLOCK_HINTS


def build(student, rng, num_convs, num_channels, c_in=3, size=8):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    result = run_block(student, "vgg_block", num_convs, num_channels, X=X,
                       seed=int(rng.integers(1 << 30)))
    return X, result


def diagnose_size(result, num_convs, size):
    out = as_numpy(result.value)
    if out is None or out.ndim != 4 or out.shape[2] == size // 2:
        return
    if num_convs > 1 and out.shape[2] == size >> num_convs:
        fail(f"with {num_convs} convolutions the size went from {size} to {out.shape[2]}: "
             "there is a max pooling after every convolution; the block ends with a single "
             "one")
    if out.shape[2] == (size - 2 * num_convs) // 2:
        fail(f"the size went from {size} to {out.shape[2]}: the 3x3 convolutions shrink the "
             "input; give them padding=1 so that only the pooling halves it")
    if out.shape[2] == size - 1:
        fail("the pooling moved by one step: nn.MaxPool2D(pool_size=2, strides=2) halves "
             "the height and width")


@pytest.mark.points(0.5)
def test_shape_and_parameters(student, rng):
    """num_convs 3x3 convolutions keep the size, then 2x2 max pooling halves it."""
    for num_convs, num_channels, c_in, size in [(1, 4, 3, 8), (2, int(rng.integers(5, 9)), 2, 6),
                                                 (3, 3, 1, 4)]:
        X, result = build(student, rng, num_convs, num_channels, c_in, size)
        what = f"vgg_block({num_convs}, {num_channels})"
        diagnose_size(result, num_convs, size)
        expect_shape(result, ref.vgg_block, (num_convs, num_channels), X, what)
        expect_params(result, ref.vgg_block, (num_convs, num_channels), X, what)


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's block computes (ReLU after every convolution)."""
    num_convs, num_channels = 2, int(rng.integers(3, 7))
    X, result = build(student, rng, num_convs, num_channels)
    expect_forward(result, ref.vgg_block, (num_convs, num_channels), X,
                   f"vgg_block({num_convs}, {num_channels})", variants={
                       "the convolutions have no ReLU: use activation='relu'":
                           functools.partial(ref.vgg_block, num_convs, num_channels,
                                             activation=None)})
