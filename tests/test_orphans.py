"""Nothing the class grader starts outlives it: not after ``kill -9``, Ctrl-C or SIGTERM
(what ``timeout`` sends), and a rerun then grades the class from a clean start.

``python -m autograder autograde`` runs process-pool workers, each with a sandbox
(``bwrap`` and the processes inside it, or a plain child in 'none' mode). These tests start
the command on a small class, wait until both workers have their sandboxes and student
code is running in one, stop the command and then look for anything it started that is
still running. They need no bubblewrap: without it the sandboxes are plain children.

Finding what it started: the command gets a unique environment variable, which its
workers and the ``bwrap`` processes inherit (``/proc/PID/environ``); what runs inside the
sandbox has a cleared environment, so the whole process tree under the command is recorded
as well (pid and start time, so that a reused pid is not mistaken for a survivor) right
before the signal, and after it every recorded process that is still running, and
everything under it, counts as left behind.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid

import nbformat
import pytest

from autograder import samples
from autograder.config import tool_env

from .conftest import REPO
from .test_classgrade import LIMITS, run

MARK = "D2L_ORPHAN_TEST"
WORKER = "multiprocessing.spawn"  # in a pool worker's command line
SANDBOX = "child.runner"  # in the sandboxed Python's command line (and in bwrap's)


def make_small_course(path):
    """ch03 released and four submissions: a slow one (student code is running in a
    sandbox when the command is stopped), a right one, a blank one and an unreadable file."""
    path.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", path)
    with open(path / "nbgrader_config.py", "a") as f:
        f.write(LIMITS)
    shutil.copytree(REPO / "source" / "ch03", path / "source" / "ch03")
    run(path, "nbgrader", "generate_assignment", "ch03", "--force")
    slow = "import time\ntime.sleep(3)\n" + samples.solutions(path, "ch03")["relu"]
    for student, given in {"adam": {"relu": slow}, "alice": {}, "bob": None}.items():
        nb = samples.submission(path, "ch03", given or {}, solved=given is not None)
        target = path / "submitted" / student / "ch03" / "ch03.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(nb, target)
    broken = path / "submitted" / "eve" / "ch03"
    broken.mkdir(parents=True)
    (broken / "ch03.ipynb").write_text('{"cells": [')
    (path / ".judge_secret").write_text("the same secret for every copy\n")
    return path


# --- /proc ------------------------------------------------------------------------------


def _stat(pid):
    """(ppid, start time, state) of a process, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            data = f.read().decode(errors="replace")
    except OSError:
        return None
    fields = data[data.rindex(")") + 2:].split()  # the name may hold spaces and ')'
    return int(fields[1]), int(fields[19]), fields[0]


def _pids():
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def _marked(pid, token):
    try:
        with open(f"/proc/{pid}/environ", "rb") as f:
            return f"{MARK}={token}".encode() in f.read().split(b"\0")
    except OSError:  # gone, or not ours to read
        return False


def _table():
    """pid -> (ppid, start time) of every live process (zombies are dead already)."""
    table = {}
    for pid in _pids():
        st = _stat(pid)
        if st and st[2] != "Z":
            table[pid] = st[:2]
    return table


def _family(roots, token, table=None):
    """pid -> start time of the live processes in ``roots`` (pid -> start time), those
    marked with ``token`` and everything under any of them."""
    table = _table() if table is None else table
    found = {pid: start for pid, start in roots.items() if table.get(pid, (0, None))[1] == start}
    found.update({pid: table[pid][1] for pid in table if _marked(pid, token)})
    grown = True
    while grown:
        grown = False
        for pid, (ppid, start) in table.items():
            if ppid in found and pid not in found:
                found[pid] = start
                grown = True
    return found


def _describe(procs):
    return "; ".join(f"{pid}: {_cmdline(pid)[:120]}" for pid in sorted(procs)) or "none"


@contextlib.contextmanager
def _default_sigint():
    """Children inherit an ignored SIGINT (a test run started in the background has one),
    and Python keeps it ignored: let the command get Ctrl-C as in a terminal."""
    previous = signal.getsignal(signal.SIGINT)
    if previous == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if previous == signal.SIG_IGN:
            signal.signal(signal.SIGINT, previous)


def _wait_for(what, condition, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    pytest.fail(f"no {what} within {timeout} s")


# --- the tests -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_course(tmp_path_factory):
    return make_small_course(tmp_path_factory.mktemp("orphans") / "course")


def _start(course, token, log):
    cmd = [sys.executable, "-m", "autograder", "autograde", "ch03", "--course", str(course),
           "--jobs", "2"]
    with _default_sigint():
        # stderr to a file: a pipe would stay open as long as anything that inherited it
        return subprocess.Popen(cmd, cwd=REPO, env=dict(tool_env(), **{MARK: token}),
                                stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)


def _under(pid, ancestor, table):
    while pid in table and pid > 1:
        pid = table[pid][0]
        if pid == ancestor:
            return True
    return False


def _grading(proc, token):
    """The command's process tree, and whether both workers have their sandbox and student
    code runs in one of them (a sandboxed process under the sandbox's supervisor)."""
    table = _table()
    family = _family({proc.pid: table.get(proc.pid, (0, None))[1]}, token, table)
    sandboxed = [pid for pid in family if SANDBOX in _cmdline(pid)
                 and os.path.basename(_cmdline(pid).split(" ")[0]) != "bwrap"]
    workers = [w for w in family if WORKER in _cmdline(w)]
    ready = (sum(any(_under(pid, w, table) for pid in sandboxed) for w in workers) >= 2
             and any(_under(a, b, table) for a in sandboxed for b in sandboxed))
    return family, ready


def _kill_all(procs):
    for pid, start in procs.items():
        st = _stat(pid)
        if st and st[1] == start:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def _gone(procs, token, timeout):
    """What is left of ``procs`` (and of anything marked with ``token``) after waiting up
    to ``timeout`` seconds for it to go."""
    deadline = time.monotonic() + timeout
    left = _family(procs, token)
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = _family(procs, token)
    return left


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM],
                         ids=["kill-9", "ctrl-c", "sigterm"])
def test_nothing_the_command_started_outlives_it(small_course, tmp_path, how):
    course = tmp_path / "course"
    shutil.copytree(small_course, course)
    token = uuid.uuid4().hex
    seen = {}  # pid -> start time of everything the command started, as last seen
    with open(tmp_path / "stderr.txt", "w+") as log:
        proc = _start(course, token, log)
        try:
            def grading():
                family, ready = _grading(proc, token)
                seen.update(family)
                if proc.poll() is not None:
                    pytest.fail(f"the command ended (status {proc.returncode}) before it "
                                f"was stopped: {(tmp_path / 'stderr.txt').read_text()[-2000:]}")
                return ready

            _wait_for("two workers with their sandboxes, running student code", grading, 120)
            seen.update(_family({proc.pid: _stat(proc.pid)[1]}, token))  # right before it
            if how == signal.SIGINT:
                os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the terminal's group
            else:
                os.kill(proc.pid, how)  # the command only (SIGTERM: as `timeout` does)
            proc.wait(timeout=60)
            if how == signal.SIGINT:
                err = (tmp_path / "stderr.txt").read_text()
                assert proc.returncode == 130 and "Traceback" not in err, err
            else:
                assert proc.returncode == -how
            left = _gone(seen, token, 15)  # the kernel's work, on a loaded machine
            assert not left, f"left behind: {_describe(left)}"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)
            _kill_all(_family(seen, token))
    if how != signal.SIGKILL:
        return
    # A rerun starts clean and grades every submission (the killed run stored none or some);
    # when it is done, nothing it started is left either.
    rerun = uuid.uuid4().hex
    cmd = [sys.executable, "-m", "autograder", "autograde", "ch03", "--course", str(course),
           "--jobs", "2"]
    try:
        again = subprocess.run(cmd, cwd=REPO, env=dict(tool_env(), **{MARK: rerun}),
                               capture_output=True, text=True, timeout=300)
        out = again.stdout + again.stderr
        assert "ch03: 4 submissions" in again.stdout, out
        assert "graded and recorded" in again.stdout and "not gradable: eve" in again.stdout, out
        stored = sorted(p.parent.name
                        for p in (course / "judge_results" / "ch03").glob("*/*.json"))
        assert stored == ["adam", "alice", "bob", "eve"], out
        left = _gone({}, rerun, 15)
        assert not left, f"left behind by the rerun: {_describe(left)}"
    finally:
        _kill_all(_family({}, rerun))
