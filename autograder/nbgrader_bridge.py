"""nbgrader grades with the sandboxed judge: the Execute step replaced, late penalties.

``nbgrader_config.py`` puts :class:`JudgeExecute` where nbgrader's ``Execute`` was in
``Autograde.autograde_preprocessors``. Instead of running the notebook in the student's
kernel, it grades the submitted file with the judge (or takes the result that
``python -m autograder autograde`` already computed for that exact file) and writes each
exercise's messages and score into its test cell. nbgrader's own ``SaveAutoGrades`` then
reads the score as partial credit and stores it in the gradebook, so ``nbgrader export``,
the formgrader and ``nbgrader generate_feedback`` work as usual.
"""

import atexit
import math
import textwrap
import threading
import traceback
from pathlib import Path

import jsonschema
from nbformat import from_dict
from nbgrader import preprocessors
from nbgrader.coursedir import CourseDirectory
from nbgrader.nbgraderformat import MetadataValidator, ValidationError
from nbgrader.nbgraderformat.common import BaseMetadataValidator
from nbgrader.plugins import LateSubmissionPlugin
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Float

from . import extensions, results
from .config import load_config

_GRADERS = {}
# While ``python -m autograder autograde`` grades a class, its workers compute the results
# that nbgrader's run in the same process records: resolved submitted path -> an Event set
# once the worker has stored that file's result.
_AWAITED = {}
_STOPPED = threading.Event()


class GradingStopped(BaseException):
    """The class run was interrupted; nbgrader's run stops too (nbgrader catches Exception
    and KeyboardInterrupt per student, not this)."""


def await_results(events):
    """Make :class:`JudgeExecute` wait for these results (a dict: submitted path -> Event)
    instead of grading the files itself; ``await_results({})`` ends it."""
    _STOPPED.clear()
    _AWAITED.clear()
    _AWAITED.update({str(Path(path).resolve()): event for path, event in events.items()})


def stop_awaiting():
    """Stop a :class:`JudgeExecute` waiting for a result, and any that would wait later."""
    _STOPPED.set()
    for event in list(_AWAITED.values()):
        event.set()


def shared_grader(course_root):
    """One warm grader per process and course (closed at exit)."""
    from .pipeline import Grader

    key = str(course_root)
    if key not in _GRADERS:
        settings = load_config(course_root)
        _GRADERS[key] = Grader(course_root, settings)
        atexit.register(_GRADERS[key].close)
    return _GRADERS[key]


class JudgeExecute(NbGraderPreprocessor):
    """Grade with the sandboxed judge and put each exercise's result in its test cell."""

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        coursedir = CourseDirectory(config=self.config)
        root = Path(coursedir.root)
        submitted = Path(coursedir.format_path(coursedir.submitted_directory, info["student"],
                                               info["assignment"])) / f"{info['notebook']}.ipynb"
        event = _AWAITED.get(str(submitted.resolve()))
        if event is not None:
            event.wait()
            if _STOPPED.is_set():
                raise GradingStopped()
        record = results.load_or_grade(root, info["assignment"], info["student"], submitted,
                                       lambda: shared_grader(root))
        write_into_cells(nb, record)
        if record["status"] != "graded":
            self.log.error("%s/%s: %s", info["student"], info["assignment"], record["reason"])
        return nb, resources


def write_into_cells(nb, record):
    """Each test cell ``test_<name>`` gets the exercise's messages and its score as the cell's
    value (nbgrader's partial credit); everything scores zero when grading failed."""
    exercises = {e["name"]: e for e in (record.get("result") or {}).get("exercises", [])}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("grade") or meta.get("solution"):
            continue
        name = meta["grade_id"][len("test_"):]
        ex = exercises.get(name)
        if ex is None:
            text, score = f"not graded: {record.get('reason', 'no result')}\n", 0.0
        else:
            text = f"{name}: {ex['score']:g} / {ex['max_score']:g} ({ex['status']})\n"
            text += "".join(textwrap.fill(m, 96, subsequent_indent="    ") + "\n"
                            for m in ex["messages"])
            score = ex["score"]
        # What nbformat's new_output makes, without its schema check of each output (most
        # of this step's time): nbconvert validates the whole notebook after the step.
        cell.outputs = [from_dict({"output_type": "stream", "name": "stdout", "text": text}),
                        from_dict({"output_type": "execute_result", "metadata": {},
                                   "data": {"text/plain": repr(float(score))},
                                   "execution_count": None})]


_VALIDATORS = {}  # nbgrader's metadata schema version -> its validator, schema checked


class _SchemaCheckedOnce(BaseMetadataValidator):
    """nbgrader's per-cell check, with the JSON schema's own check done once.

    ``jsonschema.validate``, which nbgrader calls for every cell, first validates the
    schema itself against JSON Schema's meta-schema: that was a sixth of nbgrader's CPU
    time per submitted notebook (``bench/phase2.py``). The cell is checked against the
    same schema with the same validator class, and the same (best-matching) error is
    raised."""

    def validate_cell(self, cell):
        meta = cell.metadata.get("nbgrader")
        if meta is None or meta.get("schema_version", 0) != self.schema_version:
            return super().validate_cell(cell)  # nbgrader's own errors for other versions
        validator = _VALIDATORS.get(self.schema_version)
        if validator is None:
            cls = jsonschema.validators.validator_for(self.schema)
            cls.check_schema(self.schema)
            validator = _VALIDATORS[self.schema_version] = cls(self.schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(meta))
        if error is not None:
            raise error


class _MetadataValidator(MetadataValidator, _SchemaCheckedOnce):
    """nbgrader's metadata validator (grade ids, points, cell types) on the cached schema."""


class CheckCellMetadata(preprocessors.CheckCellMetadata):
    """nbgrader's ``CheckCellMetadata``: the same checks and messages, faster (see
    :class:`_SchemaCheckedOnce`)."""

    def preprocess(self, nb, resources):
        try:
            _MetadataValidator().validate_nb(nb)
        except ValidationError:
            self.log.error(traceback.format_exc())
            msg = "Notebook failed to validate; the nbgrader metadata may be corrupted."
            self.log.error(msg)
            raise ValidationError(msg) from None
        return nb, resources


class LatePenalty(LateSubmissionPlugin):
    """Take ``percent_per_day`` of the score for each started day late, at most all of it.

    The default, 10% a day, is a common university rule; set
    ``c.LatePenalty.percent_per_day`` in nbgrader_config.py (0 turns penalties off).
    Due dates are set per assignment, e.g. ``nbgrader db assignment add ch03
    --duedate="2026-12-01 23:59:00 Europe/Berlin"``; a student's extension
    (``python -m autograder extend``, :mod:`autograder.extensions`) moves it for them.
    """

    percent_per_day = Float(10.0, help="Percent of the score lost per started day late.").tag(
        config=True)

    def late_submission_penalty(self, student_id, score, total_seconds_late):
        assignment = getattr(self.parent, "assignment_id", None)  # AssignLatePenalties
        if assignment:
            root = self.config.CourseDirectory.get("root") or Path.cwd()
            total_seconds_late -= extensions.seconds(root, assignment, student_id)
        if total_seconds_late <= 0 or self.percent_per_day <= 0:
            return 0.0
        days = math.ceil(total_seconds_late / 86400)
        return min(score, score * days * self.percent_per_day / 100)

