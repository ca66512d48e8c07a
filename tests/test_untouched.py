"""Answers left as released are not checked: their checks fail without running.

The premise is checked on every chapter's release notebook, whose checks run for real:
each of them fails, with a stub that is not implemented. Then the same notebook graded with
the shortcut must get the same points and statuses, and the shortcut must not be taken for
a stub whose name was given another meaning in a later cell.
"""

import pytest

from autograder import checking
from autograder.notebook import known_assignments, read_submission
from autograder.pipeline import cell_requests

from .conftest import REPO

ASSIGNMENTS = known_assignments(REPO)


def _release_run(grader, path):
    """The release notebook's outcomes with every check run, and its untouched answers."""
    sub = read_submission(path, REPO)
    sandbox = grader._ready_sandbox()
    forbidden = grader.forbidden(sub.assignment.name)
    watch = sorted({f for rule in forbidden.values() for f in rule.funcs})
    results = {r["position"]: r for r in sandbox.run_cells("premise", cell_requests(sub), watch,
                                                           seed=1)}
    untouched = {c.exercise for i, c in enumerate(sub.cells) if results[i].get("untouched")}
    present = [e.name for e in sub.assignment.exercises]
    outcomes, errors = checking.run_checks(sandbox, sub.assignment.name, present, 1,
                                           forbidden=forbidden)
    sandbox.end()
    assert not errors
    return sub, untouched, outcomes


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_an_untouched_stub_fails_every_check(grader, make_submission, assignment):
    path = make_submission(assignment, solved=False)
    sub, untouched, outcomes = _release_run(grader, path)
    assert untouched == {e.name for e in sub.assignment.exercises}
    for o in outcomes:
        assert o.status == "error" and "not implemented yet" in o.message, (o.check, o.message)
    shortcut = grader.grade(path, seed=1)
    real = {e.name: sum(o.points for o in outcomes if o.exercise == e.name and o.passed)
            for e in sub.assignment.exercises}
    for ex in shortcut.exercises:
        assert (ex.score, ex.status) == (real[ex.name], "error"), ex
        assert "its answer cell is as released" in ex.messages[0]


REDEFINED = {
    "a later cell defines it again": "def relu(X):\n    return nd.maximum(X, 0)\n",
    "a later cell gives it other code": ("def _relu(X):\n    return nd.maximum(X, 0)\n"
                                         "relu.__code__ = _relu.__code__\n"),
    "a later cell binds the name to a lambda": "relu = lambda X: nd.maximum(X, 0)\n",
}


@pytest.mark.parametrize("later", REDEFINED.values(), ids=REDEFINED)
def test_a_stub_given_another_meaning_later_is_checked(grader, make_submission, later):
    def add_cell(nb):
        import nbformat

        nb.cells.append(nbformat.v4.new_code_cell(later))

    result = grader.grade(make_submission("ch03", edit=add_cell, solved=False), seed=1)
    relu = next(e for e in result.exercises if e.name == "relu")
    assert relu.score == relu.max_score, relu.messages


def test_a_class_whose_methods_are_set_later_is_checked(grader, make_submission):
    """A class left as released, whose methods a later cell sets one by one."""
    from autograder.samples import solutions

    full = solutions(REPO, "ch04")["MySequential"].replace("class MySequential(",
                                                          "class _Full(")

    def add_cell(nb):
        import nbformat

        nb.cells.append(nbformat.v4.new_code_cell(
            full + "\nfor _name in ('__init__', 'add', 'forward'):\n"
                   "    setattr(MySequential, _name, vars(_Full)[_name])\n"))

    result = grader.grade(make_submission("ch04", edit=add_cell, solved=False), seed=1)
    ex = next(e for e in result.exercises if e.name == "MySequential")
    assert ex.score == ex.max_score, ex.messages
