"""Normal events for a grader: broken notebooks, hangs, crashes. Grading of the rest goes on."""

import json

import pytest

from autograder import samples
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
    (checks / "ch03" / "test_relu.py").write_text("this is not python\n")
    module = checks / "ch03" / "test_l2_penalty.py"
    module.write_text(module.read_text().replace('w = rng.normal(size=(20, 1))',
                                                 'w = {}["boom"]'))
    with Grader(REPO, settings(), checks_dir=checks) as grader:
        result = grader.grade(make_submission())
    by_name = {e.name: e for e in result.exercises}
    assert by_name["relu"].score == 0 and by_name["relu"].status == "error"
    assert by_name["l2_penalty"].score == 0.5 and "could not be checked" in " ".join(
        by_name["l2_penalty"].messages)
    assert full_except(result, "relu", "l2_penalty")
    assert any(f["code"] == "grader_error" for f in result.flags)
    assert "could not load checks" in caplog.text and "KeyError" in caplog.text
