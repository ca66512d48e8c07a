"""The command-line contract of DESIGN.md: exit codes, the JSON object, the statuses."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.scoring import STATUSES

from .conftest import REPO

EXERCISE_KEYS = {"name", "score", "max_score", "status", "messages"}


def cli(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "autograder", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def release_json():
    proc = cli("grade", "release/ch03/ch03.ipynb", "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_has_exactly_the_contract_fields(release_json):
    assert set(release_json) == {"assignment", "score", "max_score", "exercises", "flags"}
    assert release_json["assignment"] == "ch03"
    assert release_json["max_score"] == 18.0 and release_json["score"] == 0.0
    for ex in release_json["exercises"]:
        assert set(ex) == EXERCISE_KEYS
        assert ex["status"] in STATUSES
        assert all(isinstance(m, str) for m in ex["messages"])


def test_the_release_scores_zero_with_a_reason_per_exercise(release_json):
    for ex in release_json["exercises"]:
        assert ex["status"] in ("error", "failed"), ex
        assert "not implemented yet" in ex["messages"][0], ex


def test_the_source_scores_full_marks_in_text_mode():
    proc = cli("grade", "source/ch03/ch03.ipynb", "--assignment", "ch03")
    assert proc.returncode == 0, proc.stderr
    assert "ch03: 18 / 18 points" in proc.stdout


@pytest.mark.parametrize("content, reason", [
    (None, "cannot read"),
    ("{broken", "invalid JSON"),
])
def test_ungradable_files_exit_2_with_one_line(tmp_path, content, reason):
    path = tmp_path / "x.ipynb"
    if content is not None:
        path.write_text(content)
    proc = cli("grade", str(path), "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert reason in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_wrong_assignment_exits_2():
    proc = cli("grade", "release/ch03/ch03.ipynb", "--assignment", "ch99")
    assert proc.returncode == 2 and "ch03, not ch99" in proc.stderr


def unsupported_python():
    import glob
    import shutil

    pyenv = glob.glob("/root/.pyenv/versions/3.1[2-9]*/bin/python3")
    for candidate in ["python3.12", "python3.13", *pyenv]:
        found = shutil.which(candidate) or (candidate if candidate.startswith("/") else None)
        if found:
            return found
    return None


@pytest.mark.skipif(unsupported_python() is None, reason="no Python 3.12+ on this machine")
def test_make_stops_at_once_on_an_unsupported_python(tmp_path):
    proc = subprocess.run(["make", "-C", str(REPO), "demo", f"PYTHON={unsupported_python()}",
                           f"VENV={tmp_path / 'venv'}"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode != 0
    assert "needs Python 3.8 to 3.11" in proc.stdout + proc.stderr
    assert not (tmp_path / "venv").exists()


def test_nbgrader_works_in_a_new_course_without_an_activated_environment(tmp_path):
    """nbgrader runs `alembic` by name; the course config puts the environment's bin on PATH."""
    shutil.copy(REPO / "nbgrader_config.py", tmp_path)
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    bare = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    for args in (["db", "student", "add", "alice"], ["db", "student", "list"]):
        proc = subprocess.run([nbgrader, *args], cwd=tmp_path, env=bare, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-2000:]
    assert "alice" in proc.stdout
