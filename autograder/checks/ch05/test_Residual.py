"""Hidden checks for `Residual` (§5.11) against the book's block built from Gluon layers,
with the student's parameter values copied in; batch normalization in training mode."""

import functools

import pytest

from autograder.references import ch05 as ref
from autograder.testing import fail

from ._blocks import BLOCK_HINTS, expect_forward, expect_params, expect_shape, run_block

pytestmark = pytest.mark.exercise("Residual")

HINTS = BLOCK_HINTS + [
    ("could not be broadcast",
     "Y and the shortcut X have different shapes: when the block changes the number of "
     "channels or the size (use_1x1conv=True, strides=2), the shortcut must go through the "
     "1x1 convolution self.conv3, with the same strides, before the addition"),
]


def build(student, rng, args, c_in, size=6, train_mode=True):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "Residual", *args, X=X, train_mode=train_mode,
                        seed=int(rng.integers(1 << 30)))


def variants(args):
    return {
        "the final ReLU is applied to Y before the addition: return relu(Y + X), the sum "
        "goes through the ReLU": functools.partial(ref.Residual, *args,
                                                   variant="relu before add"),
        "there is no ReLU after the addition: return nd.relu(Y + X)":
            functools.partial(ref.Residual, *args, variant="no final relu"),
    }


def no_shortcut_conv(got, expected):
    if len(got) < len(expected) and any(len(shape) == 4 and shape[2:] == (1, 1)
                                        for _, shape in expected):
        fail("there is no 1x1 convolution on the shortcut: with use_1x1conv=True the block "
             "needs self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides)")
    if len(got) > len(expected):
        fail("the block has a 1x1 convolution although use_1x1conv is False: create "
             "self.conv3 only when use_1x1conv is True (otherwise self.conv3 = None)")


@pytest.mark.points(0.5)
def test_same_shape(student, rng):
    """Residual(c) keeps the input's shape and computes what the book's block computes."""
    c = int(rng.integers(2, 6))
    X, result = build(student, rng, (c,), c_in=c)
    expect_shape(result, ref.Residual, (c,), X, f"Residual({c})")
    expect_forward(result, ref.Residual, (c,), X, f"Residual({c})", train_mode=True,
                   variants=variants((c,)))


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """two 3x3 convolutions and two batch norms, plus a 1x1 convolution only with use_1x1conv."""
    c_out = int(rng.integers(4, 8))
    for args, c_in in [((c_out, True, 2), 3), ((c_out,), c_out)]:
        X, result = build(student, rng, args, c_in=c_in)
        expect_params(result, ref.Residual, args, X, f"Residual{args}", no_shortcut_conv)


@pytest.mark.points(1)
def test_downsampling(student, rng):
    """with use_1x1conv=True and strides=2 the shortcut goes through the 1x1 convolution."""
    c_out = int(rng.integers(4, 8))
    args = (c_out, True, 2)
    X, result = build(student, rng, args, c_in=3, size=5)  # odd: 5 -> 3 rounds up
    expect_shape(result, ref.Residual, args, X, f"Residual{args}")
    expect_forward(result, ref.Residual, args, X, f"Residual{args}", train_mode=True,
                   variants=variants(args))
