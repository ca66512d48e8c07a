"""Hidden checks for `clone_params(net, make_net, path)` (§4.5): the book's MLP (Dense(7,
relu), Dense(3)) initialized N(0, 1) in the sandbox, cloned through a file in a temporary
folder of its scratch directory; the file is read back by a fresh network, and the clone's
parameters and output must be the original's."""

import pytest

from autograder.exercises.ch04 import _probe as probe
from autograder.testing import fail_if
from d2l.selfcheck.ch04.clone_params import public as ex

pytestmark = pytest.mark.exercise("clone_params")


def run(student, rng):
    X = rng.normal(size=(int(rng.integers(2, 5)), int(rng.integers(3, 9)))).astype("float32")
    path = f"mlp-{int(rng.integers(1 << 30))}.params"
    return probe.call(student, "clone_params", X, path, int(rng.integers(1 << 30))).value


@pytest.mark.points(1)
def test_file(student, rng):
    """save_parameters writes the network's parameters to path (a new network can
    load_parameters them), and the result is a new network, not the one given."""
    fail_if(ex.file_problem(run(student, rng)))


@pytest.mark.points(1)
def test_loaded(student, rng):
    """the new network holds the saved parameters (load_parameters) and computes the same
    output."""
    fail_if(ex.loaded_problem(run(student, rng)))
