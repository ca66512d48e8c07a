"""The judge: grades d2l course notebooks with hidden checks, student code in a sandbox.

Entry points: ``python -m autograder`` (see :mod:`autograder.cli`) and
:func:`autograder.pipeline.grade_notebook` / :class:`autograder.pipeline.Grader`.
"""

import sys

__version__ = "0.1.0"

# nbformat's schema validator imports jsonschema, which compiles the grammars of the optional
# `rfc3987_syntax` package on import (1.5 s, for IRI formats no notebook schema uses). Every
# grading process imports nbformat through nbgrader; skipping that package halves its start.
sys.modules.setdefault("rfc3987_syntax", None)
