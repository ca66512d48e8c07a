"""Hidden checks for `Inception` (§5.9) against the book's block built from Gluon layers,
with the student's parameter values copied in."""

import functools
import itertools

import pytest

from autograder.references import ch05 as ref

from ._blocks import BLOCK_HINTS, expect_forward, expect_params, expect_shape, run_block

pytestmark = pytest.mark.exercise("Inception")

HINTS = BLOCK_HINTS + [
    ("Incompatible input shape",
     "The four paths must keep the input's height and width so that nd.concat can join "
     "them: pad the 3x3 convolution by 1 and the 5x5 one by 2, and give the 3x3 max pooling "
     "strides=1 and padding=1 (nn.MaxPool2D's strides default to the pool size)"),
]


def config(rng):
    """Channel counts that differ from each other, so every parameter has its own shape."""
    c1, a, b, c, d, c4 = (int(v) for v in rng.choice(range(2, 12), size=6, replace=False))
    return (c1, (a, b), (c, d), c4)


def build(student, rng, args, c_in=3, size=6):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "Inception", *args, X=X, seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_output_shape(student, rng):
    """keeps the height and width and has c1 + c2[1] + c3[1] + c4 channels."""
    for size in (6, 5):
        args = config(rng)
        X, result = build(student, rng, args, size=size)
        expect_shape(result, ref.Inception, args, X, f"Inception{args}")


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """has the book's seven convolutions (1x1, 1x1 then 3x3, 1x1 then 5x5, 1x1)."""
    args = config(rng)
    X, result = build(student, rng, args, c_in=13)
    expect_params(result, ref.Inception, args, X, f"Inception{args}")


@pytest.mark.points(1)
def test_forward(student, rng):
    """computes what the book's block computes, paths concatenated in the order 1, 2, 3, 4."""
    args = config(rng)
    X, result = build(student, rng, args)
    variants = {}
    for order in itertools.permutations(range(4)):
        if order != (0, 1, 2, 3):
            paths = ", ".join(f"p{i + 1}" for i in order)
            variants[f"the paths are concatenated in the order {paths}: use "
                     f"nd.concat(p1, p2, p3, p4, dim=1)"] = functools.partial(
                ref.Inception, *args, order=order)
    variants["path 4 averages: it starts with a 3x3 max pooling (nn.MaxPool2D)"] = \
        functools.partial(ref.Inception, *args, pool="avg")
    expect_forward(result, ref.Inception, args, X, f"Inception{args}", variants=variants)
