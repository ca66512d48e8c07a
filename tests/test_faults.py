"""Normal events for a grader: broken notebooks, hangs, crashes. Grading of the rest goes on."""

import json
import os
import signal
import threading
from pathlib import Path

import pytest

from autograder import results, samples
from autograder.pipeline import NotGradable

from .conftest import REPO


def statuses(result):
    return {e.name: e.status for e in result.exercises}


def full_except(result, *names):
    return all(e.score == e.max_score for e in result.exercises if e.name not in names)


def test_an_endless_loop_in_an_answer_cell_times_out_alone(grader, make_submission):
    path = make_submission(answers={"relu": "while True:\n    pass\n"})
    result = grader.grade(path)
    assert statuses(result)["relu"] == "timeout"
    assert "did not finish" in result.exercises[7].messages[0]
    assert full_except(result, "relu")
    assert any(f["code"] == "cell_timeout" for f in result.flags)


def test_an_endless_loop_inside_a_function_times_out_alone(grader, make_submission):
    path = make_submission(answers={"softmax": "def softmax(X):\n    while True:\n"
                                               "        pass\n"})
    result = grader.grade(path)
    softmax = next(e for e in result.exercises if e.name == "softmax")
    assert softmax.status == "timeout" and softmax.score == 0
    assert "endless loop" in softmax.messages[0]
    assert full_except(result, "softmax")


def test_a_deleted_answer_cell_is_missing(grader, write_notebook):
    nb = samples.submission(REPO, "ch03")
    nb.cells = [c for c in nb.cells
                if c.metadata.get("nbgrader", {}).get("grade_id") != "cross_entropy"]
    result = grader.grade(write_notebook(nb))
    assert statuses(result)["cross_entropy"] == "missing"
    assert full_except(result, "cross_entropy")


def test_a_crash_in_one_cell_costs_only_its_exercise(grader, make_submission):
    crash = "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n"
    path = make_submission(answers={"accuracy": crash})
    result = grader.grade(path)
    accuracy = next(e for e in result.exercises if e.name == "accuracy")
    assert accuracy.status == "error" and "crashed" in accuracy.messages[0]
    assert full_except(result, "accuracy")


def test_grading_goes_on_after_a_corrupt_notebook(grader, tmp_path, make_submission):
    broken = tmp_path / "broken.ipynb"
    broken.write_text('{"cells": [')
    with pytest.raises(NotGradable, match="not a notebook: invalid JSON"):
        grader.grade(broken)
    result = grader.grade(make_submission())
    assert result.score == result.max_score


def test_partly_damaged_notebooks_are_graded(grader, make_submission):
    path = make_submission()
    data = json.loads(path.read_text())
    data["cells"].insert(5, {"cell_type": "banana"})
    path.write_text(json.dumps(data))
    result = grader.grade(path)
    assert result.score == result.max_score
    assert any(f["code"] == "invalid_notebook" for f in result.flags)


def test_the_same_seed_gives_the_same_grade(grader, make_submission):
    path = make_submission(answers={"dropout": "def dropout(X, drop_prob):\n    return X\n"})
    first, second = grader.grade(path, seed=7), grader.grade(path, seed=7)
    assert first.to_json() == second.to_json()


def test_a_broken_check_costs_only_its_exercise_and_is_logged(tmp_path, make_submission,
                                                               caplog):
    """A grade that cannot be read is zero and logged, never full marks."""
    import shutil

    from autograder.checking import CHECKS_DIR
    from autograder.pipeline import Grader

    from .conftest import settings

    checks = tmp_path / "checks"
    shutil.copytree(CHECKS_DIR, checks)
    # (wherever the layout puts an exercise's checks)
    next((checks / "ch03").rglob("test_relu.py")).write_text("this is not python\n")
    module = next((checks / "ch03").rglob("test_l2_penalty.py"))
    source = module.read_text()
    assert "rng.normal(size=(20, 1))" in source  # in the first of its two checks
    module.write_text(source.replace("rng.normal(size=(20, 1))", '{}["boom"]'))
    with Grader(REPO, settings(), checks_dir=checks) as grader:
        result = grader.grade(make_submission())
    by_name = {e.name: e for e in result.exercises}
    assert by_name["relu"].score == 0 and by_name["relu"].status == "error"
    assert by_name["l2_penalty"].score == 0.5 and "could not be checked" in " ".join(
        by_name["l2_penalty"].messages)
    assert full_except(result, "relu", "l2_penalty")
    assert any(f["code"] == "grader_error" for f in result.flags)
    assert "could not load checks" in caplog.text and "KeyError" in caplog.text


# --- a submission's process killed from outside the grader ------------------------------

MARK = "killme"  # the student code below makes it in its scratch folder, then sleeps
KILLABLE = {
    "cells": {"relu": f"import time\nopen({MARK!r}, 'w').close()\ntime.sleep(2)\n"
                      "def relu(X):\n    return nd.maximum(X, 0)\n"},
    "call": {"relu": f"def relu(X):\n    import time\n    open({MARK!r}, 'w').close()\n"
                     "    time.sleep(1)\n    return nd.maximum(X, 0)\n"},
}


def marked_processes():
    """The processes of this test's sandboxes that run student code (the seccomp filter is
    on) and have made ``MARK`` in their working folder."""
    here, found = os.getpid(), []
    parents = {}
    for entry in os.listdir("/proc"):
        try:
            status = Path(f"/proc/{entry}/status").read_text() if entry.isdigit() else ""
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if fields:
            parents[int(entry)] = int(fields["PPid"])
            if fields.get("Seccomp", "").strip() == "2":
                found.append(int(entry))

    def below_here(pid):
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == here:
                return True
        return False

    return [pid for pid in found if below_here(pid) and os.path.exists(f"/proc/{pid}/cwd/{MARK}")]


class Killer(threading.Thread):
    """Sends ``sig`` from outside to the first process that made ``MARK`` (``once``) or to
    every one (else)."""

    def __init__(self, sig, once=True):
        super().__init__(daemon=True)
        self.sig, self.once, self.killed, self.stop = sig, once, [], threading.Event()

    def run(self):
        while not self.stop.wait(0.02):
            for pid in marked_processes():
                if pid not in self.killed:
                    os.kill(pid, self.sig)
                    self.killed.append(pid)
                    if self.once:
                        return

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.join()


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
@pytest.mark.parametrize("phase", ["cells", "call"])
def test_a_submission_killed_from_outside_is_lost_not_failed(grader, make_submission, tmp_path,
                                                            phase, sig):
    """Not the student's crash: the grade is lost (graded again by the next class run)."""
    with Killer(sig) as killer:
        result = grader.grade(make_submission(answers=KILLABLE[phase]))
    assert killer.killed, "the submission's process was not found"
    lost = [f for f in result.flags if f["code"] == "grading_lost"]
    assert lost, result.flags
    assert f"killed by {sig.name}, from outside the grader" in lost[0]["message"]
    assert not any(f["code"] == "cell_crashed" for f in result.flags)
    relu = next(e for e in result.exercises if e.name == "relu")
    assert relu.score == 0 and "crashed" not in " ".join(relu.messages)
    if phase == "cells":
        assert result.score == 0
    target = tmp_path / "stored.json"
    results.save(target, {"key": "k", "status": "graded", "result": result.to_json()})
    assert results.load(target, "k") is None  # to be graded again
    after = grader.grade(make_submission(answers=KILLABLE[phase]))  # nobody kills it now
    assert after.score == after.max_score and after.flags == []


def test_the_cpu_time_limit_stays_the_students_crash():
    """The kernel's SIGKILL at the CPU time limit is the submission's own doing."""
    from autograder.sandbox import Sandbox

    from .conftest import settings

    with Sandbox(settings(cell_timeout=8.0, cpu_seconds=1)) as sandbox:
        cells = [{"index": i, "source": s} for i, s in enumerate(
            ["x = 1", "while True:\n    pass", "y = x + 1"])]
        first, spin, last = sandbox.run_cells("cpu", cells)
        assert (first["status"], spin["status"], last["status"]) == ("ok", "crashed", "ok")
        assert "CPU time limit" in spin["error"]["message"]
        sandbox.end()


def test_a_class_run_grades_a_submission_killed_from_outside_again(tmp_path, monkeypatch):
    from .test_result_key import grade_class, make_course, pin_judge

    pin_judge(tmp_path, monkeypatch)  # keys unmoved by edits of the judge meanwhile
    course = make_course(tmp_path / "class", {"alice": {}, "bob": KILLABLE["cells"]})
    stored = course / "judge_results" / "ch03"
    # Every attempt of this run is killed: the worker's, then nbgrader's own (which grades
    # again what it finds lost).
    with Killer(signal.SIGKILL, once=False) as killer:
        out = grade_class(course)
    assert len(killer.killed) >= 2 and "0 already graded, 2 to grade" in out, out
    bob = json.loads((stored / "bob" / "ch03.json").read_text())
    assert any(f["code"] == "grading_lost" for f in bob["result"]["flags"])
    alice = (stored / "alice" / "ch03.json").read_bytes()
    again = grade_class(course)
    assert "1 already graded, 1 to grade" in again, again
    assert (stored / "alice" / "ch03.json").read_bytes() == alice
    bob = json.loads((stored / "bob" / "ch03.json").read_text())
    assert bob["result"]["score"] == 18 and bob["result"]["flags"] == []
    assert "2 already graded, 0 to grade" in grade_class(course)
