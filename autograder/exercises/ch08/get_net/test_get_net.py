"""Hidden checks for `get_net` (§8.1): the book's HybridSequential, imperative and
hybridized alike, exported and loaded again (in the sandbox's scratch directory)."""

import pytest

from autograder.exercises.ch08 import _probe as probe
from autograder.exercises.ch08.get_net import reference as ref
from autograder.testing import expect_close, fail, fail_if
from d2l.selfcheck.ch08.get_net import public as ex

pytestmark = pytest.mark.exercise("get_net")


def run(student, rng):
    X = rng.normal(size=(int(rng.integers(1, 4)), 512)).astype("float32")
    info = probe.call(student, "get_net", X,
                        kwargs={"seed": int(rng.integers(1 << 30))}).value
    if not isinstance(info, dict):
        fail("the probe of get_net() returned nothing")
    return X, info


@pytest.mark.points(1)
def test_network(student, rng):
    """get_net() is Dense(256, relu), Dense(128, relu), Dense(2) on 512 inputs, initialized."""
    X, info = run(student, rng)
    fail_if(ex.structure(info, ex.SHAPES, "get_net()"))
    fail_if(ex.not_initialized(info))
    fail_if(ex.no_relu(info, X))
    values = [v for _, v in info["params"]]
    expect_close(info["imperative"], ref.forward(X, values, 2), "get_net()(x)",
                 rtol=1e-4, atol=1e-5)


@pytest.mark.points(0.5)
def test_hybridized_and_exported(student, rng):
    """after hybridize() the outputs are the same, and so are those of net.export loaded
    with SymbolBlock.imports."""
    X, info = run(student, rng)
    fail_if(ex.hybrid_problem(info, "get_net()"))
    expect_close(info["imported"], info["imperative"], "the exported model's output",
                 rtol=1e-5, atol=1e-6)
