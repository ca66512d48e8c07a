"""Hidden checks for `HybridNet` (§8.1): the book's block, imperative and hybridized alike,
exported and loaded again (in the sandbox's scratch directory)."""

import pytest

from autograder.exercises.ch08 import _probe as probe
from autograder.exercises.ch08.HybridNet import reference as ref
from autograder.testing import expect_close, fail, fail_if
from d2l.selfcheck.ch08.HybridNet import public as ex

pytestmark = pytest.mark.exercise("HybridNet")


def run(student, rng, n=4, d=None):
    X = rng.normal(size=(n, d or int(rng.integers(3, 7)))).astype("float32")
    info = probe.call(student, "HybridNet", X,
                        kwargs={"seed": int(rng.integers(1 << 30))}).value
    if not isinstance(info, dict):
        fail("the probe of HybridNet() returned nothing")
    return X, info


@pytest.mark.points(0.5)
def test_imperative(student, rng):
    """HybridNet()(x) is Dense(10) with ReLU then Dense(2), run imperatively."""
    X, info = run(student, rng)
    fail_if(ex.structure(info, ex.SHAPES, "HybridNet()"))
    values = [v for _, v in info["params"]]
    fail_if(ex.no_relu(info, X))
    expect_close(info["imperative"], ref.forward(X, values, 1), "HybridNet()(x)",
                 rtol=1e-4, atol=1e-5)


@pytest.mark.points(1)
def test_hybridized_and_exported(student, rng):
    """after hybridize() the outputs are the same, and so are those of the export loaded
    with SymbolBlock.imports."""
    X, info = run(student, rng)
    fail_if(ex.hybrid_problem(info, "HybridNet()"))
    expect_close(info["imported"], info["imperative"], "the exported model's output",
                 rtol=1e-5, atol=1e-6)
