"""Hidden checks for `MLP()` (§4.1) against the book's block built from Gluon layers, with
the student's parameter values copied in, on inputs of 20 features."""

import pytest

from autograder.exercises.ch04._book import BookMLP, fixed_rng
from autograder.exercises.ch04.MLP import reference as ref
from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from d2l.selfcheck.ch04.MLP import public as ex

pytestmark = pytest.mark.exercise("MLP")


def inputs(rng):
    return [fixed_rng("MLP").normal(size=(2, 20)).astype("float32"),
            rng.normal(size=(int(rng.integers(3, 6)), 20)).astype("float32")]


@pytest.mark.points(1)
def test_structure(student, rng):
    """a hidden Dense(256) and an output Dense(10), registered as attributes: the book's
    parameter and output shapes."""
    for X in inputs(rng):
        result = run_block(student, "MLP", X=X, seed=int(rng.integers(1 << 30)))
        expect_structure(result, BookMLP, (), X, "MLP()", ex.structure)


@pytest.mark.points(1)
def test_forward(student, rng):
    """with the same parameters it computes what the book's MLP computes: ReLU on the
    hidden layer, none on the output."""
    for X in inputs(rng):
        result = run_block(student, "MLP", X=X, seed=int(rng.integers(1 << 30)))
        expect_forward(result, BookMLP, (), X, "MLP()", variants=ref.variants(),
                       mistakes=ex.MISTAKES, structure=ex.structure)
