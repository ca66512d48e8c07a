"""Attacks on the grader itself: each ends with no undeserved points, nothing outside the
submission's own result changed, the grader still running, and a status to read."""

import os

import pytest

from autograder import samples
from autograder.pipeline import Grader

from .conftest import REPO, settings


def exercise(result, name):
    return next(e for e in result.exercises if e.name == name)


def full_except(result, *names):
    return all(e.score == e.max_score for e in result.exercises if e.name not in names)


@pytest.fixture
def graded(sandboxed, make_submission):
    """Grade the solved notebook with ``answers`` swapped in, then a clean one after it."""

    def grade(answers):
        attacked = sandboxed.grade(make_submission(answers=answers))
        after = sandboxed.grade(make_submission())
        assert after.score == after.max_score, "the next submission was affected"
        return attacked

    return grade


KILL_EVERYTHING = """
import os, signal
for entry in os.listdir("/proc"):
    if entry.isdigit() and int(entry) != os.getpid():
        try:
            os.kill(int(entry), signal.SIGKILL)
        except OSError:
            pass
def relu(X):
    return nd.maximum(X, 0)
"""


def test_killing_every_process_in_sight(sandboxed, make_submission):
    result = sandboxed.grade(make_submission(answers={"relu": KILL_EVERYTHING}))
    survivor = sandboxed.sandbox
    lost = [f for f in result.flags if f["code"] == "grading_lost"]
    if os.geteuid() == 0:
        # The supervisor and the sandbox's init run as root, the submission as another
        # uid: every kill fails, the grading goes on in the same sandbox, and the answer
        # (a correct relu after the attempt) gets its points.
        assert survivor is not None and survivor.alive, "the sandbox did not survive"
        assert result.flags == [] and result.score == result.max_score, result.flags
    else:
        # Same uid: the supervisor dies, so the grade is lost (nothing awarded, graded
        # again by the next class run) and the grader starts a fresh sandbox.
        assert lost and "sandbox" in lost[0]["message"], result.flags
        assert result.score == 0 and survivor is None
    after = sandboxed.grade(make_submission())
    assert after.score == after.max_score, "the next submission was affected"
    if os.geteuid() == 0:
        assert sandboxed.sandbox is survivor


def test_a_background_process_does_not_outlive_its_submission(sandboxed, make_submission,
                                                              tmp_path):
    spawn = ("import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', "
             "'import time, pathlib\\nwhile True:\\n    pathlib.Path(\"/tmp/planted\").touch()"
             "\\n    time.sleep(0.05)'])\n")
    sandboxed.grade(make_submission(answers={"relu": spawn + "def relu(X):\n"
                                             "    return nd.maximum(X, 0)\n"}))
    probe = ("import os\ndef relu(X):\n    others = [p for p in os.listdir('/proc') if "
             "p.isdigit()]\n    assert not os.path.exists('/tmp/planted'), 'planted file'\n"
             "    assert len(others) < 8, others\n    return nd.maximum(X, 0)\n")
    result = sandboxed.grade(make_submission(answers={"relu": probe}))
    assert exercise(result, "relu").status == "passed", exercise(result, "relu").messages


def test_huge_output_is_capped(graded):
    result = graded({"relu": "print('x' * 50_000_000)\nimport sys\nsys.stderr.write('y' * "
                             "10_000_000)\ndef relu(X):\n    print('z' * 10_000_000)\n"
                             "    return nd.maximum(X, 0)\n"})
    assert exercise(result, "relu").status == "passed"
    assert sum(len(m) for e in result.exercises for m in e.messages) < 50_000


def test_filling_the_disk(graded):
    fill = ("import os\nk = 0\ntry:\n    while True:\n        with open(f'/tmp/fill{k}', 'wb') "
            "as f:\n            f.write(b'x' * (32 << 20))\n        k += 1\nexcept OSError:\n"
            "    pass\n")
    result = graded({"relu": fill + "def relu(X):\n    return nd.maximum(X, 0)\n"})
    lost = [f for f in result.flags if f["code"] == "grading_lost"]
    assert lost and "filled its scratch space" in lost[0]["message"]
    assert result.score == 0  # and the next submission is graded on a clean scratch


def test_a_loop_that_ignores_signals_times_out(graded):
    stubborn = ("import signal\ndef relu(X):\n    signal.pthread_sigmask(signal.SIG_BLOCK, "
                "{signal.SIGINT, signal.SIGTERM, signal.SIGALRM})\n"
                "    while True:\n        pass\n")
    result = graded({"relu": stubborn})
    assert exercise(result, "relu").status == "timeout" and exercise(result, "relu").score == 0
    assert full_except(result, "relu")


def test_nothing_of_the_course_or_other_students_is_visible(graded):
    snoop = f"""
import glob, os
def relu(X):
    repo = {str(REPO)!r}
    found = [p for p in ("submitted", "gradebook.db", "judge_results", "source", "release",
                         "autograder/exercises", "nbgrader_config.py", ".judge_secret")
             if os.path.exists(os.path.join(repo, p))]
    found += [p for p in os.listdir(repo) if p != ".venv"]
    found += glob.glob("/*/gradebook.db") + glob.glob("/home/*") + glob.glob("/root/*")
    found += glob.glob("/tmp/judge/*/..?*") + glob.glob("/judge/*/checks")
    # the exercises' public part is mounted, their hidden checks and references are not
    found += glob.glob("/course/**/test_*.py", recursive=True)
    found += glob.glob("/course/**/reference.py", recursive=True)
    if not glob.glob("/course/public/ch03/relu/public.py"):
        found.append("no public part at /course/public")
    if found:
        raise RuntimeError(f"visible: {{found[:3]}}")
    return nd.maximum(X, 0)
"""
    result = graded({"relu": snoop})
    assert exercise(result, "relu").status == "passed", exercise(result, "relu").messages


def test_writes_outside_the_scratch_space_fail(graded, tmp_path):
    target = REPO / "gradebook-pwned.db"
    write = f"""
def relu(X):
    for path in ({str(target)!r}, "/etc/pwned", "/usr/pwned", "/judge/child/pwned"):
        try:
            open(path, "w").write("x")
        except OSError:
            continue
        raise RuntimeError("wrote " + path)
    return nd.maximum(X, 0)
"""
    result = graded({"relu": write})
    assert exercise(result, "relu").status == "passed", exercise(result, "relu").messages
    assert not target.exists()


def test_a_submission_from_another_course_layout_is_refused(tmp_path):
    from autograder.notebook import NotGradable

    nb = samples.submission(REPO, "ch03")
    nb.metadata["d2l"]["assignment"] = "ch99"
    path = tmp_path / "x.ipynb"
    import nbformat

    nbformat.write(nb, path)
    with Grader(REPO, settings()) as grader, pytest.raises(NotGradable):
        grader.grade(path)


def test_points_and_checksums_come_from_the_source_not_the_submission(sandboxed,
                                                                      write_notebook):
    nb = samples.submission(REPO, "ch03", {"relu": "def relu(X):\n    return X.abs()\n"})
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade_id") == "test_relu":
            meta["points"] = 1000
        if meta.get("grade_id") == "relu":  # claim the answer is a graded, locked test cell
            meta.update(grade=True, locked=True, points=500, checksum="0" * 32)
    result = sandboxed.grade(write_notebook(nb))
    assert result.max_score == 18
    relu = exercise(result, "relu")
    assert relu.max_score == 1 and relu.score < 1 and relu.status == "partial"
