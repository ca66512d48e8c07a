"""nbgrader configuration for the d2l (MXNet) course, and the judge's settings.

nbgrader reads the ``c.CourseDirectory`` / ``c.ClearSolutions`` / ... sections; the sandboxed
judge (``python -m autograder``) reads ``c.Judge``. Every Judge setting is listed with its
default; see ``autograder/config.py`` for what each one means.
"""

import importlib.util
import os
import sys

# nbgrader runs the `alembic` executable by name: with this interpreter's bin first on PATH,
# `.venv/bin/nbgrader ...` works in a new course without an activated environment.
_BIN = os.path.dirname(os.path.abspath(sys.executable))
if _BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _BIN + os.pathsep + os.environ.get("PATH", "")

c = get_config()  # noqa: F821 - provided by nbgrader/traitlets when this file is loaded

COURSE_ROOT = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.course_id = "d2l-mxnet"
c.CourseDirectory.root = COURSE_ROOT
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"

# What students see in place of a solution.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}

# `nbgrader autograde` grades with the sandboxed judge: its Execute step is replaced, the
# rest is nbgrader's own (the scores land in the gradebook as partial credit). nbgrader's
# CheckCellMetadata checked its JSON schema itself again for every cell: ours checks the
# same cells the same way with the schema checked once (a sixth of nbgrader's own CPU time
# per notebook: bench/phase2.py). The final CheckCellMetadata is left out: the sanitizing
# step before has already checked the very same cells.
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "nbgrader.preprocessors.OverwriteCells",
    "autograder.nbgrader_bridge.CheckCellMetadata",  # nbgrader's, with its schema checked once
]
c.Autograde.autograde_preprocessors = [
    "autograder.nbgrader_bridge.JudgeExecute",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
]
# Feedback shows each check's message, never the hidden test code; its table of contents
# names each exercise, and its formulas are MathML, which needs no network (MathJax does).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "autograder.feedback_page.MathToMathML",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
if importlib.util.find_spec("autograder") is not None:  # else nbgrader's own page
    c.GenerateFeedback.exporter_class = "autograder.feedback_page.FeedbackExporter"
    # Every autograde (the formgrader's button too) takes the course's grading lock, so
    # that two never write one gradebook at once (autograder/courselock.py).
    from autograder.courselock import serialise_autograde

    serialise_autograde()
# Late submissions lose 10% of their score per started day (see LatePenalty).
c.AssignLatePenalties.plugin_class = "autograder.nbgrader_bridge.LatePenalty"
c.LatePenalty.percent_per_day = 10.0

# The sandboxed judge. Limits apply to each submission's processes.
c.Judge.sandbox = "auto"  # "bwrap" for a class: never grade untrusted code unsandboxed
c.Judge.require_sandbox = False
c.Judge.cell_timeout = 30.0  # seconds per notebook cell
c.Judge.call_timeout = 10.0  # seconds per call of a student's function by a hidden check
c.Judge.total_timeout = 300.0  # seconds per submission
c.Judge.memory_mb = 2048  # MiB of address space on top of the warm interpreter
c.Judge.cpu_seconds = 600  # CPU seconds per student process (backstop)
c.Judge.processes = 256  # processes and threads at once (sandboxed mode)
c.Judge.file_mb = 64  # largest file student code may write
c.Judge.scratch_mb = 256  # size of the sandbox's scratch file system
c.Judge.open_files = 1024
c.Judge.sandbox_uid = 600000  # uid for student code when grading as root
