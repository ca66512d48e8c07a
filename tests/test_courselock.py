"""The course's grading lock: class runs, plain nbgrader autograde and the formgrader's
Autograde button never write one gradebook at the same time."""

import subprocess
import sys
import threading
import time

import pytest

from autograder import courselock

HOLDER = """
import sys, time
from pathlib import Path
from autograder import courselock
with courselock.hold(sys.argv[1], who="the test's holder"):
    Path(sys.argv[2]).write_text("held")
    while not Path(sys.argv[3]).exists():
        time.sleep(0.05)
"""


@pytest.fixture
def other_process(tmp_path):
    """Another process holding the course's lock until ``release()`` is called."""
    held, done = tmp_path / "held", tmp_path / "done"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path), str(held), str(done)])
    deadline = time.monotonic() + 60
    while not held.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the holder did not start"
        time.sleep(0.05)

    def release():
        done.write_text("")
        proc.wait(30)

    yield release
    if proc.poll() is None:
        release()


def in_thread(fn):
    thread = threading.Thread(target=fn, daemon=True)
    thread.start()
    return thread


def test_a_second_process_waits_and_says_for_whom(tmp_path, other_process):
    said, got = [], threading.Event()

    def grade():
        with courselock.hold(tmp_path, say=said.append):
            got.set()

    thread = in_thread(grade)
    assert not got.wait(1.0), "took the lock another process holds"
    assert said and "already under way" in said[0] and "the test's holder" in said[0], said
    other_process()
    assert got.wait(30)
    thread.join(30)


def test_threads_of_one_process_take_turns(tmp_path):
    order, inside = [], threading.Event()
    leave = threading.Event()

    def first():
        with courselock.hold(tmp_path):
            order.append("first in")
            inside.set()
            leave.wait(30)
            order.append("first out")

    def second():
        with courselock.hold(tmp_path):
            order.append("second in")

    a = in_thread(first)
    assert inside.wait(30)
    b = in_thread(second)
    time.sleep(0.5)
    assert order == ["first in"]
    leave.set()
    a.join(30)
    b.join(30)
    assert order == ["first in", "first out", "second in"]


def test_a_class_run_lends_its_lock_to_its_own_nbgrader_autograde(tmp_path):
    entered = threading.Event()

    def nbgrader_thread():
        with courselock.hold(tmp_path):
            entered.set()

    with courselock.hold(tmp_path, lend=True):
        in_thread(nbgrader_thread)
        assert entered.wait(30), "the class run's own autograde waited for the class run"
    # Lent no more: a formgrader thread waits again while someone holds it.
    assert str(tmp_path.resolve()) not in courselock._lent


def test_the_formgraders_autograde_waits_for_a_class_run(tmp_path, other_process):
    """The formgrader calls NbGraderAPI.autograde, which builds nbgrader's Autograde itself."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    courselock.serialise_autograde()
    courselock.serialise_autograde()  # idempotent: wrapped once
    from nbgrader.converters.autograde import Autograde

    assert Autograde.start.holds_the_course_lock
    config = Config()
    config.CourseDirectory.root = str(tmp_path)
    config.CourseDirectory.db_url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    result, finished = {}, threading.Event()

    def click_autograde():
        result.update(api.autograde("ch03", "alice"))
        finished.set()

    in_thread(click_autograde)
    assert not finished.wait(1.5), "the formgrader's autograde ran during a class run"
    other_process()
    assert finished.wait(60)
    assert "waiting for the grading run already under way" in result.get("log", ""), result
