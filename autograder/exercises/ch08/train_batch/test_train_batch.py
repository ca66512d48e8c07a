"""Hidden checks for `train_batch` (§8.4): one step on two devices (cpu(0), cpu(1)) gives
the parameters of one step on one device with the whole batch. The notebook's helpers are
the grader's while they run (STAND_INS), so that train_batch is judged alone."""

import pytest

from autograder.exercises.ch08 import _probe as probe
from autograder.exercises.ch08.train_batch import reference as ref
from autograder.testing import expect_close, fail, fail_if
from d2l.selfcheck.ch08.train_batch import public as ex

pytestmark = pytest.mark.exercise("train_batch")


def run(student, rng, k):
    names = [f"cpu({i})" for i in range(k)]
    X, y, values = ref.make(rng, 2 * k)
    lr = float(rng.uniform(0.2, 1.0))
    got = probe.call(student, "train_batch", X, y, values, names, lr,
                       stand_ins=ex.CHECK_STAND_INS).value
    if not isinstance(got, list):
        fail("the probe of train_batch returned nothing")
    return got, values, ref.step(X, y, values, lr), names


@pytest.mark.points(1.5)
def test_same_as_one_device(student, rng):
    """one step on cpu(0) and cpu(1) gives the parameters of one step on one device with
    the whole batch, on every device."""
    got, start, expected, names = run(student, rng, 2)
    fail_if(ex.step_problem(got, start, expected, names, "train_batch", 2 * len(names)))
    for d, params in enumerate(got):
        for i, (g, e) in enumerate(zip(params, expected)):
            expect_close(g, e, f"parameter {i} on {names[d]}", rtol=ex.RTOL, atol=ex.ATOL)


@pytest.mark.points(0.5)
def test_devices_agree(student, rng):
    """on three devices every copy of the parameters is the same after the step."""
    got, start, expected, names = run(student, rng, 3)
    fail_if(ex.agree_problem(got, start, names, "train_batch"))
