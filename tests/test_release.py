"""release/ is exactly what `nbgrader generate_assignment` makes from source/."""

import json
import shutil
import subprocess
import sys

import pytest

from autograder.config import tool_env
from autograder.notebook import known_assignments

from .conftest import REPO


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    course = tmp_path_factory.mktemp("course")
    shutil.copy(REPO / "nbgrader_config.py", course)
    shutil.copytree(REPO / "source", course / "source")
    for assignment in known_assignments(REPO):
        subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", assignment,
                        "--force", "--log-level=ERROR"], cwd=course, check=True, timeout=300,
                       env=tool_env())
    return course / "release"


@pytest.mark.parametrize("assignment", known_assignments(REPO))
def test_release_matches_generate_assignment(regenerated, assignment):
    committed = REPO / "release" / assignment / f"{assignment}.ipynb"
    fresh = regenerated / assignment / f"{assignment}.ipynb"
    assert json.loads(committed.read_text()) == json.loads(fresh.read_text()), (
        f"release/{assignment} is stale: run `make release` and commit the result")


@pytest.mark.parametrize("assignment", known_assignments(REPO))
def test_release_hides_solutions_and_hidden_tests(assignment):
    text = (REPO / "release" / assignment / f"{assignment}.ipynb").read_text()
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    assert "raise NotImplementedError()" in text
