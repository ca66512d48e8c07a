"""Hidden checks for `to_ctx(x, net, ctx)` (§4.6) on CPU contexts: x and a Dense layer on
cpu(0), ctx = mx.cpu(1) (a distinct context in MXNet: arrays on it are not on cpu(0), and a
network initialized on cpu(0) cannot run on it)."""

import pytest

from autograder.exercises.ch04 import _probe as probe
from autograder.testing import fail_if
from d2l.selfcheck.ch04.to_ctx import public as ex

pytestmark = pytest.mark.exercise("to_ctx")


def run(student, rng):
    X = rng.normal(size=(int(rng.integers(2, 5)), int(rng.integers(2, 7)))).astype("float32")
    return X, probe.call(student, "to_ctx", X, int(rng.integers(1 << 30))).value


@pytest.mark.points(1)
def test_data(student, rng):
    """it returns x copied to ctx (as_in_context or copyto), the same values."""
    X, found = run(student, rng)
    fail_if(ex.data_problem(found, X))


@pytest.mark.points(1)
def test_net(student, rng):
    """the network's parameters are moved to ctx keeping their values (reset_ctx), so that
    it runs there and computes what it computed on cpu(0)."""
    _, found = run(student, rng)
    fail_if(ex.net_problem(found))
