"""Hidden checks for `NestMLP()` (§4.1) against the book's block built from Gluon layers, with
the student's parameter values copied in, on inputs of 20 features."""

import pytest

from autograder.exercises.ch04._book import BookNestMLP, fixed_rng
from autograder.exercises.ch04.NestMLP import reference as ref
from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from d2l.selfcheck.ch04.NestMLP import public as ex

pytestmark = pytest.mark.exercise("NestMLP")


def inputs(rng):
    return [fixed_rng("NestMLP").normal(size=(2, 20)).astype("float32"),
            rng.normal(size=(int(rng.integers(3, 6)), 20)).astype("float32")]


@pytest.mark.points(1)
def test_structure(student, rng):
    """an nn.Sequential of Dense(64) and Dense(32), then Dense(16), all registered: the
    book's parameter and output shapes."""
    for X in inputs(rng):
        result = run_block(student, "NestMLP", X=X, seed=int(rng.integers(1 << 30)))
        expect_structure(result, BookNestMLP, (), X, "NestMLP()", ex.structure)


@pytest.mark.points(1)
def test_forward(student, rng):
    """with the same parameters it computes what the book's NestMLP computes: the nested
    Sequential, then Dense(16) with ReLU."""
    for X in inputs(rng):
        result = run_block(student, "NestMLP", X=X, seed=int(rng.integers(1 << 30)))
        expect_forward(result, BookNestMLP, (), X, "NestMLP()", variants=ref.variants(),
                       mistakes=ex.MISTAKES, structure=ex.structure)
