"""Hidden checks for `lenet` (§5.5) against the book's LeNet built from Gluon layers, with
the student's parameter values copied in."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.lenet import reference as ref
from d2l.selfcheck.ch05.lenet import public as ex

pytestmark = pytest.mark.exercise("lenet")


def build(student, rng, batch=3):
    X = rng.uniform(size=(batch, 1, 28, 28)).astype("float32")
    return X, run_block(student, "lenet", X=X, seed=int(rng.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """has the book's layers, 5x5 convolutions with 6 and 16 channels and Dense 120, 84, 10."""
    X, result = build(student, rng)
    expect_structure(result, ref.lenet, (), X, "lenet()", ex.structure, shape=False)


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """computes what the book's LeNet computes (sigmoid, 2x2 max pooling with stride 2)."""
    for r in both("lenet/forward", rng):
        X, result = build(student, r)
        expect_forward(result, ref.lenet, (), X, "lenet()", variants=ref.variants(),
                       mistakes=ex.MISTAKES, structure=ex.structure)
