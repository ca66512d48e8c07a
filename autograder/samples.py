"""Submissions made from the source notebook: the full solution, or with answers swapped.

The demo and the test suite grade such notebooks: what a student would hand in after
filling the release notebook with the instructor's solution, or with a given mistake.
"""

import copy
import re
from pathlib import Path

import nbformat

from .notebook import nbgrader_meta

_SOLUTION = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n?", re.MULTILINE)


def strip_markers(source):
    """The solution code without nbgrader's ``### BEGIN/END SOLUTION`` lines."""
    return _SOLUTION.sub("", source)


def release_notebook(course_root, assignment):
    return nbformat.read(Path(course_root) / "release" / assignment / f"{assignment}.ipynb",
                         as_version=4)


def solutions(course_root, assignment):
    """Exercise name -> the solution code of its answer cell, from the source notebook."""
    path = Path(course_root) / "source" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    return {nbgrader_meta(c)["grade_id"]: strip_markers(c.source) for c in nb.cells
            if nbgrader_meta(c).get("solution")}


def submission(course_root, assignment, answers=None, solved=True):
    """The release notebook with answer cells filled in.

    ``solved``: start from the instructor's solutions (else keep the release's stubs);
    ``answers``: exercise name -> code that replaces that answer cell.
    """
    nb = copy.deepcopy(release_notebook(course_root, assignment))
    fill = dict(solutions(course_root, assignment) if solved else {}, **(answers or {}))
    for cell in nb.cells:
        name = nbgrader_meta(cell).get("grade_id")
        if nbgrader_meta(cell).get("solution") and name in fill:
            cell.source = fill[name]
    return nb
