"""Calling a student's object through its exercise's probe (see ``__init__.py``)."""

from autograder.testing import call_through_probe

from . import PROBES, TRIPWIRE


def call(student, exercise, *args, **kwargs):
    """The exercise's probe run on the student's ``exercise``; its result."""
    return call_through_probe(student, exercise, PROBES[exercise], *args, tripwire=TRIPWIRE,
                              **kwargs)
