"""Hidden checks for `train_step` (§8.5): one Trainer step on two devices (cpu(0), cpu(1))
gives the parameters of one step on one device with the whole batch."""

import pytest

from autograder.exercises.ch08 import _probe as probe
from autograder.exercises.ch08.train_step import reference as ref
from autograder.testing import expect_close, fail, fail_if
from d2l.selfcheck.ch08.train_step import public as ex

pytestmark = pytest.mark.exercise("train_step")


def run(student, rng, k):
    names = [f"cpu({i})" for i in range(k)]
    X, y, values = ref.make(rng, 2 * k, d_in=int(rng.integers(3, 7)))
    lr = float(rng.uniform(0.2, 1.0))
    got = probe.call(student, "train_step", X, y, values, names, lr).value
    if not isinstance(got, list):
        fail("the probe of train_step returned nothing")
    return got, values, ref.step(X, y, values, lr), names


@pytest.mark.points(1.5)
def test_same_as_one_device(student, rng):
    """one step on cpu(0) and cpu(1) gives the parameters of one Trainer step on one device
    with the whole batch, on every device."""
    got, start, expected, names = run(student, rng, 2)
    fail_if(ex.step_problem(got, start, expected, names, "train_step", 2 * len(names)),
            hint=ex.HINT)
    for d, params in enumerate(got):
        for i, (g, e) in enumerate(zip(params, expected)):
            expect_close(g, e, f"parameter {i} on {names[d]}", rtol=ex.RTOL, atol=ex.ATOL)


@pytest.mark.points(0.5)
def test_devices_agree(student, rng):
    """on three devices every copy of the parameters is the same after the step."""
    got, start, _, names = run(student, rng, 3)
    fail_if(ex.agree_problem(got, start, names, "train_step"), hint=ex.HINT)
