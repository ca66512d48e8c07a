"""Hidden checks for `allreduce` (§8.4) against MXNet's kvstore sum, on ``cpu(0)``,
``cpu(1)``, ... as devices."""

import pytest

from autograder.exercises.ch08 import _probe as probe
from autograder.exercises.ch08.allreduce import reference as ref
from autograder.testing import expect_close, fail, fail_if
from d2l.selfcheck.ch08.allreduce import public as ex

pytestmark = pytest.mark.exercise("allreduce")


def run(student, rng, k, shape):
    names = [f"cpu({i})" for i in range(k)]
    values = rng.normal(size=(k, *shape)).astype("float32")
    info = probe.call(student, "allreduce", values, names).value
    if not isinstance(info, dict):
        fail("the probe of allreduce returned nothing")
    return info, values, names


def judge(info, values, names):
    fail_if(ex.allreduce_problem(info, values, names))
    fail_if(ex.context_problem(info, names))
    for i, (got, want) in enumerate(zip(info["values"], ref.allreduce(values, names))):
        expect_close(got, want, f"data[{i}] after allreduce", rtol=1e-5, atol=1e-5)


@pytest.mark.points(1)
def test_two_devices(student, rng):
    """on two devices both arrays hold the sum afterwards, in place."""
    judge(*run(student, rng, 2, (2, 3)))


@pytest.mark.points(0.5)
def test_four_devices(student, rng):
    """on four devices every array holds the sum of the four."""
    judge(*run(student, rng, 4, (3,)))
