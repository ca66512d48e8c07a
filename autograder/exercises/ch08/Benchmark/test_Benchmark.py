"""Hidden checks for `Benchmark` (§8.2): the time it prints includes the work queued
inside the block (and the work was no longer queued when the block ended), on two durations
of work, with bounds that a loaded machine does not move (see the public module)."""

import time

import pytest

from autograder.exercises.ch08 import _probe as probe
from autograder.testing import fail, fail_if
from d2l.selfcheck.ch08.Benchmark import public as ex

pytestmark = pytest.mark.exercise("Benchmark")


#: Two durations of queued work (seconds): an honest timer prints at least each one and at
#: most the probe's whole time, so no made-up constant fits both.
WORK = (0.08, 0.2)


def run(student, prefix, **sizes):
    began = time.monotonic()
    result = probe.call(student, "Benchmark", prefix, kwargs=sizes)
    wall = time.monotonic() - began
    if not isinstance(result.value, dict):
        fail("the probe of Benchmark returned nothing")
    return result.value, result.output, wall, result.ops


@pytest.mark.points(1.5)
def test_waits_for_the_queue(student, rng):
    """the printed time includes the work queued inside the block (it waits for MXNet)."""
    for min_work in WORK:
        info, out, wall, ops = run(student, f"run{int(rng.integers(1000))}", min_work=min_work)
        # the probe's own random input comes first: where the record has operators (the
        # sandbox's does), the products it queued must be there too
        if "_random_uniform" in ops and "dot" not in ops:
            fail("tampering: the matrix products the grader queued inside the block never ran, "
                 "so nothing about this timer can be judged")
        fail_if(ex.timing_problem(ex.reported(out), float(info["exited"]), float(info["total"]),
                                  bool(info.get("waited")), bool(info.get("pending")),
                                  min_work=min_work, wall=wall))


@pytest.mark.points(0.5)
def test_prints_prefix(student, rng):
    """prints '<prefix> time: ... sec', and 'time: ... sec' without a prefix."""
    for prefix in [f"step {int(rng.integers(100))}", None]:
        _, out, _, _ = run(student, prefix, size=20, min_work=0)
        fail_if(ex.prefix_problem(out, prefix))
