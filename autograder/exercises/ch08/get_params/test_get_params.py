"""Hidden checks for `get_params` (§8.4): copies on the device, gradients attached."""

import pytest

from autograder.exercises.ch08 import _probe as probe
from autograder.testing import fail, fail_if
from d2l.selfcheck.ch08.get_params import public as ex

pytestmark = pytest.mark.exercise("get_params")


def run(student, rng, name):
    values = [rng.normal(size=(4, 1, 3, 3)).astype("float32"),
              rng.normal(size=(4,)).astype("float32"),
              rng.normal(size=(5, 4)).astype("float32")]
    info = probe.call(student, "get_params", values, name).value
    if not isinstance(info, dict):
        fail("the probe of get_params returned nothing")
    return info, values


@pytest.mark.points(0.5)
def test_copies_on_device(student, rng):
    """returns copies of the parameters on ctx (cpu(1), cpu(2) or cpu(3)), values unchanged."""
    name = f"cpu({int(rng.integers(1, 4))})"
    info, values = run(student, rng, name)
    fail_if(ex.copy_problem(info, values, name))


@pytest.mark.points(0.5)
def test_gradients_attached(student, rng):
    """each copy has a gradient attached, on the same device."""
    name = f"cpu({int(rng.integers(1, 4))})"
    info, _ = run(student, rng, name)
    fail_if(ex.grad_problem(info, name))
