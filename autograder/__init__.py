"""The judge: grades d2l course notebooks with hidden checks, student code in a sandbox.

Entry points: ``python -m autograder`` (see :mod:`autograder.cli`) and
:func:`autograder.pipeline.grade_notebook` / :class:`autograder.pipeline.Grader`.
"""

__version__ = "0.1.0"
