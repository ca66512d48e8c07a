"""Hidden checks for `Inception` (§5.9) against the book's block built from Gluon layers,
with the student's parameter values copied in."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.Inception import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch05.Inception import public as ex

pytestmark = pytest.mark.exercise("Inception")


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
    for r, size in zip(both("Inception/shape", rng), (6, 5)):
        args = config(r)
        X, result = build(student, r, args, size=size)
        expect_structure(result, ref.Inception, args, X, call_text("Inception", args),
                         params=False)


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """has the book's seven convolutions (1x1, 1x1 then 3x3, 1x1 then 5x5, 1x1)."""
    for r in both("Inception/parameters", rng):
        args = config(r)
        X, result = build(student, r, args, c_in=13)
        expect_structure(result, ref.Inception, args, X, call_text("Inception", args),
                         shape=False)


@pytest.mark.points(1)
def test_forward(student, rng):
    """computes what the book's block computes, paths concatenated in the order 1, 2, 3, 4."""
    for r in both("Inception/forward", rng):
        args = config(r)
        X, result = build(student, r, args)
        expect_forward(result, ref.Inception, args, X, call_text("Inception", args),
                       variants=ref.variants(*args), mistakes=ex.MISTAKES,
                       output=ex.concat_order)
