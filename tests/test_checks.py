"""The hidden checks agree with the notebooks: names, points, docstrings, forbidden lists."""

import ast
from pathlib import Path

import pytest

from autograder.checking import CHECKS_DIR, load_forbidden
from autograder.notebook import known_assignments, load_assignment
from d2l.selfcheck import find

from .conftest import REPO

ASSIGNMENTS = known_assignments(REPO)


def check_modules(assignment):
    """exercise name -> list of (check name, points, docstring) from the module's AST."""
    found = {}
    for path in sorted((CHECKS_DIR / assignment).glob("*/test_*.py")):
        tree = ast.parse(path.read_text())
        exercise = None
        for node in tree.body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "pytestmark":
                exercise = node.value.args[0].value
        assert exercise, f"{path.name} has no pytestmark = pytest.mark.exercise(...)"
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                points = [d.args[0].value for d in node.decorator_list
                          if isinstance(d, ast.Call) and getattr(d.func, "attr", "") == "points"]
                assert len(points) == 1, f"{path.name}::{node.name} needs one points marker"
                found.setdefault(exercise, []).append(
                    (node.name, points[0], ast.get_docstring(node)))
    return found


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_exercise_has_checks_worth_its_points(assignment):
    spec = load_assignment(REPO, assignment)
    modules = check_modules(assignment)
    assert set(modules) == {e.name for e in spec.exercises}
    for ex in spec.exercises:
        total = sum(points for _, points, _ in modules[ex.name])
        assert total == ex.points, f"{ex.name}: checks worth {total}, notebook says {ex.points}"
        for name, _, doc in modules[ex.name]:
            assert doc, f"{ex.name}::{name} needs a docstring (it is the check's description)"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_forbidden_lists_name_real_exercises(assignment):
    names = {e.name for e in load_assignment(REPO, assignment).exercises}
    assert set(load_forbidden(assignment)) <= names


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_exercise_has_public_checks_and_a_section(assignment):
    for ex in load_assignment(REPO, assignment).exercises:
        chapter, module = find(ex.name, assignment)
        assert module is not None, f"no public check for {ex.name}"
        assert ex.section == module.SECTION
        assert module.CHECKS, f"{ex.name} has no public checks"


def test_check_modules_do_not_leak_into_the_sandbox():
    child = Path(CHECKS_DIR).parent / "child"
    assert not any(child.rglob("test_*.py"))


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_hidden_blocks_run_the_judges_checks_in_the_kernel(assignment):
    """Stock nbgrader gets the same checks as the judge, not a second, weaker copy."""
    import nbformat

    nb = nbformat.read(REPO / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            name = meta["grade_id"][len("test_"):]
            hidden = cell.source.split("### BEGIN HIDDEN TESTS\n")[1]
            assert hidden == ("from autograder.inkernel import hidden_checks\n"
                              f'hidden_checks("{assignment}", "{name}", globals())\n'
                              "### END HIDDEN TESTS"), meta["grade_id"]
