"""Hidden checks for `deferred_shapes(net, X)` (§4.3): an nn.Sequential (prefix 'net_') of
Dense layers, some given in_units and some not, built in the sandbox and handed to the
student's function; the names and shapes are MXNet's own, from the same network."""

import pytest

from autograder.exercises.ch04 import _probe as probe
from autograder.exercises.ch04._book import fixed_rng
from autograder.testing import fail_if
from d2l.selfcheck.ch04.deferred_shapes import public as ex

pytestmark = pytest.mark.exercise("deferred_shapes")


def configs(rng):
    r = fixed_rng("deferred_shapes")
    fixed = ([(256, 0), (10, 256)], r.uniform(size=(2, 20)))
    units = [int(u) for u in rng.integers(2, 9, size=4)]
    spec = [(units[0], 0), (units[1], units[0]), (units[2], 0), (units[3], units[2])]
    return [fixed, (spec, rng.normal(size=(int(rng.integers(2, 5)), int(rng.integers(3, 9)))))]


def run(student, spec, X):
    X = X.astype("float32")
    return (probe.call(student, "deferred_shapes", spec, X).value,
            ex.expected(spec, X))


@pytest.mark.points(1)
def test_before(student, rng):
    """after net.initialize(), before the first forward pass: exactly the weights of the
    layers without in_units are uninitialized (biases and layers with in_units are not)."""
    for spec, X in configs(rng):
        fail_if(ex.before_problem(*run(student, spec, X)))


@pytest.mark.points(1)
def test_after(student, rng):
    """after net(X): every parameter's name with its inferred shape."""
    for spec, X in configs(rng):
        fail_if(ex.after_problem(*run(student, spec, X)))
