"""Hidden checks for `save_and_load(obj, path)` (§4.5): random NDArrays saved through the
student's function in a fresh temporary folder of the sandbox's scratch directory; the
file must be what nd.save writes and the result what nd.load reads back."""

import pytest

from autograder.exercises.ch04 import _probe as probe
from autograder.testing import fail_if
from d2l.selfcheck.ch04.save_and_load import public as ex

pytestmark = pytest.mark.exercise("save_and_load")


def arrays(rng, n):
    return [rng.normal(size=tuple(int(d) for d in rng.integers(1, 5, size=int(rng.integers(1, 3)))))
            .astype("float32") for _ in range(n)]


def run(student, rng, kind, n, keys=()):
    values = arrays(rng, n)
    path = f"saved-{kind}-{int(rng.integers(1 << 30))}"
    found = probe.call(student, "save_and_load", kind, values, list(keys), path).value
    fail_if(ex.problem(found, kind, values, list(keys)))


@pytest.mark.points(1)
def test_arrays(student, rng):
    """an NDArray and a list of NDArrays: nd.save writes them to path, and the result is
    what nd.load reads back (a list, also for one NDArray)."""
    run(student, rng, "array", 1)
    run(student, rng, "list", int(rng.integers(2, 4)))


@pytest.mark.points(1)
def test_dict(student, rng):
    """a dict of NDArrays: the file holds the dict, and the result is the dict with its
    keys."""
    run(student, rng, "dict", 3, keys=["x", "y", f"w{int(rng.integers(100))}"])
