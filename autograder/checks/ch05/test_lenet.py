"""Hidden checks for `lenet` (§5.5) against the book's LeNet built from Gluon layers, with
the student's parameter values copied in."""

import functools

import pytest

from autograder.references import ch05 as ref
from autograder.testing import fail

from ._blocks import BLOCK_HINTS, expect_forward, expect_params, run_block

pytestmark = pytest.mark.exercise("lenet")

HINTS = BLOCK_HINTS


def build(student, rng, batch=3):
    X = rng.uniform(size=(batch, 1, 28, 28)).astype("float32")
    return X, run_block(student, "lenet", X=X, seed=int(rng.integers(1 << 30)))


def diagnose(got, expected):
    shapes = {value.shape for _, value in got}
    if (120, 400) in shapes:
        fail("the first Dense layer gets 400 inputs instead of 256: the first edition's "
             "LeNet does not pad its first convolution (the second edition pads it by 2)")


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """has the book's layers, 5x5 convolutions with 6 and 16 channels and Dense 120, 84, 10."""
    X, result = build(student, rng)
    expect_params(result, ref.lenet, (), X, "lenet()", diagnose)


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's LeNet computes (sigmoid, 2x2 max pooling with stride 2)."""
    X, result = build(student, rng)
    expect_forward(result, ref.lenet, (), X, "lenet()", variants={
        "the activations are ReLU: the book's LeNet uses sigmoid (activation='sigmoid')":
            functools.partial(ref.lenet, activation="relu"),
        "the pooling layers average: the book's LeNet uses max pooling (nn.MaxPool2D)":
            functools.partial(ref.lenet, pool="avg"),
    })
