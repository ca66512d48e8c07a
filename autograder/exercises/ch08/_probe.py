"""Calling a student's object through its exercise's probe, and checking in the sealed
record that the grader's probe really ran (see ``__init__.py``)."""

from autograder.testing import fail

from . import PROBES


def call(student, exercise, *args, **kwargs):
    """``student.call(exercise, *args, via="<exercise>.probe", ...)``; its value."""
    result = student.call(exercise, *args, via=f"{exercise}.probe", **kwargs)
    if PROBES[exercise] not in result.ops:
        fail("tampering: the grader's probe did not run (it was replaced), so nothing "
             "about this answer can be judged")
    return result
