"""The chapter-8 Benchmark check does not flake on a loaded machine.

The judgement checks that the queued work was no longer queued when the block ended and that
the printed time lies between the work's own duration and the probe's whole time, bounds a
loaded machine does not move. Here the probe and the judgement run several times,
on a timer that waits and on one that forgets to, while a sibling process burns a CPU
(and the suite itself may be running on the other core): every verdict must stay the same.
"""

import contextlib
import io
import subprocess
import sys
import time

import pytest
from mxnet import nd

from d2l.selfcheck.ch08.Benchmark import public as ex

ROUNDS = 8
BURN = "import time\nend = time.time() + 120\nwhile time.time() < end:\n    pass\n"


class Waits:
    def __init__(self, prefix=None):
        self.prefix = prefix + " " if prefix else ""

    def __enter__(self):
        self.start = time.time()

    def __exit__(self, *args):
        nd.waitall()
        print(f"{self.prefix}time: {time.time() - self.start:.4f} sec")


class Forgets(Waits):
    def __exit__(self, *args):  # the book's timer: no wait
        print(f"{self.prefix}time: {time.time() - self.start:.4f} sec")


class WaitsLate(Waits):
    def __exit__(self, *args):
        elapsed = time.time() - self.start
        nd.waitall()
        print(f"{self.prefix}time: {elapsed:.4f} sec")


class Sleeps(Waits):
    def __exit__(self, *args):  # no wait, but a plausible time
        time.sleep(0.3)
        print(f"{self.prefix}time: {time.time() - self.start:.4f} sec")


def verdict(timer):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        info = ex.probe(timer, "load")
    return ex.timing_problem(ex.reported(out.getvalue()), info["exited"], info["total"],
                             info["waited"], info["pending"])


@pytest.fixture
def busy_sibling():
    burners = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(2)]
    try:
        yield
    finally:
        for proc in burners:
            proc.kill()
            proc.wait()


def test_the_verdicts_hold_under_load(busy_sibling):
    for _ in range(ROUNDS):
        assert verdict(Waits) is None
        problem = verdict(Forgets)
        assert problem and "asynchronously" in problem and "nd.waitall()" in problem
        assert verdict(WaitsLate)
        assert verdict(Sleeps)


def test_the_queued_work_lasts_long_enough():
    """The probe's queued work lasts at least MIN_WORK seconds on any machine, so that a
    timer that returned at once is told apart by a wide margin."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        info = ex.probe(Forgets, None)
    assert info["total"] >= ex.MIN_WORK and info["exited"] < 0.2 * info["total"]
    assert not info["waited"]


BOOK_TIMER = '''class Benchmark():
    def __init__(self, prefix=None):
        self.prefix = prefix + ' ' if prefix else ''

    def __enter__(self):
        self.start = time.time()

    def __exit__(self, *args):
        print('%stime: %.4f sec' % (self.prefix, time.time() - self.start))
'''


@pytest.mark.parametrize("answer, score", [(None, 2.0), (BOOK_TIMER, 0.5)],
                         ids=["waits", "book_no_wait"])
def test_the_sandboxed_check_holds_under_load(sandboxed, make_submission, busy_sibling,
                                               answer, score):
    """The hidden Benchmark checks in the sandbox, twice under load: the timer that
    waits keeps full marks, the book's (no wait) only the printing half."""
    path = make_submission("ch08", {"Benchmark": answer} if answer else None)
    for _ in range(2):
        result = sandboxed.grade(path)
        scores = {e.name: e.score for e in result.exercises}
        assert scores["Benchmark"] == score, result.exercises
