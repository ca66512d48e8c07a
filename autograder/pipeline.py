"""The grading pipeline, stage by stage, in one place.

    notebook.read_submission   what to run, where each answer is, flags
    sandbox.Sandbox.run_cells  the submission's cells, in the sandboxed child
    checking.run_checks        the hidden checks, calling into the child
    scoring.score_exercise     points, status and messages per exercise

A :class:`Grader` keeps one warm sandbox for many notebooks; :func:`grade_notebook` grades
one.
"""

import logging
import secrets

from . import notebook, scoring
from .config import PACKAGE_DIR, course_root, load_config
from .notebook import NotGradable
from .sandbox import ChannelViolation, ChildLost, Sandbox

log = logging.getLogger(__name__)

__all__ = ["Grader", "NotGradable", "grade_notebook"]


class Grader:
    """Grades notebooks one after another in one warm sandbox.

    >>> with Grader() as grader:                                      # doctest: +SKIP
    ...     result = grader.grade("submitted/alice/ch03/ch03.ipynb")
    """

    def __init__(self, course=None, settings=None, slot=None, checks_dir=None):
        self.root = course_root(course)
        self.settings = settings or load_config(self.root)
        self.slot = slot
        self.checks_dir = checks_dir or self.settings.checks_dir or PACKAGE_DIR / "exercises"
        self.sandbox = None
        self._forbidden = {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.sandbox is not None:
            self.sandbox.close()
            self.sandbox = None

    def _ready_sandbox(self):
        if self.sandbox is not None and not self.sandbox.alive:
            self.sandbox.close()
            self.sandbox = None
        if self.sandbox is None:
            self.sandbox = Sandbox(self.settings, self.slot).launch()
        return self.sandbox.wait_ready()

    def forbidden(self, assignment):
        from . import checking

        if assignment not in self._forbidden:
            self._forbidden[assignment] = checking.load_forbidden(assignment)
        return self._forbidden[assignment]

    def grade(self, path, assignment=None, seed=None):
        """Grade one notebook; returns a :class:`scoring.Result`.

        Raises :class:`NotGradable` when the file cannot be graded at all.
        """
        sub = notebook.read_submission(path, self.root, assignment, self.settings.source_dir)
        if self.sandbox is None:
            self.sandbox = Sandbox(self.settings, self.slot).launch()
        seed = secrets.randbits(63) if seed is None else seed
        log.info("grading %s as %s (seed %d)", path, sub.assignment.name, seed)
        flags = list(sub.flags)
        tampering = {}
        cell_results, outcomes, lost = self._run(sub, seed, flags, tampering)
        return self._score(sub, cell_results, outcomes, lost, tampering, flags)

    def _run(self, sub, seed, flags, tampering):
        """Run the cells and the hidden checks; returns (cell results, outcomes, lost).
        Tampering the sandbox saw (a forged or missing record of what ran, a broken
        channel) goes into ``tampering``: it costs every exercise."""
        from . import checking  # imports MXNet and pytest while the sandbox warms up

        spec = sub.assignment
        watch = sorted({f for rule in self.forbidden(spec.name).values() for f in rule.funcs})
        present = [e.name for e in spec.exercises if e.name in sub.answers]
        cell_results, outcomes = {}, []
        try:
            sandbox = self._ready_sandbox()
            if sandbox.mode == "none":
                flags.append(notebook.flag("no_sandbox", "graded without the bubblewrap "
                                           "sandbox (student code was not isolated)"))
            for res in sandbox.run_cells("submission", cell_requests(sub), watch,
                                         seed=seed & 0x7FFFFFFF):
                cell_results[id(sub.cells[res["position"]])] = res
            # An answer left as released (and still what its name runs) only raises
            # NotImplementedError: its checks are not run, and fail as they would.
            untouched = {name for name in present
                         if cell_results.get(id(sub.answers[name]), {}).get("untouched")}
            outcomes, errors = checking.run_checks(sandbox, spec.name, present, seed,
                                                   self.checks_dir, self.forbidden(spec.name),
                                                   untouched)
            if sandbox.violation:  # seen by a check's call: raised inside pytest
                raise ChannelViolation(sandbox.violation)
            if sandbox.lost:  # likewise
                raise ChildLost(sandbox.lost)
            for error in errors:
                log.error("%s: %s", spec.name, error)
                flags.append(notebook.flag("grader_error", "some checks could not run; the "
                                           "instructor has been told"))
            sandbox.end()
            return cell_results, outcomes, None
        except ChannelViolation as exc:
            # Not a lost grade to try again: the submission did it. The sandbox goes, so
            # that nothing it did can touch the next submission.
            self._tampered(str(exc), flags, tampering)
            self.close()
            return cell_results, outcomes, None
        except ChildLost as exc:
            lost = f"grading stopped: {exc}"
        except Exception:  # a grader bug must cost this notebook's grade, not the class's
            log.exception("grading %s failed", sub.assignment.name)
            lost = "grading stopped because of an error in the grader; the instructor has the log"
        log.warning("%s", lost)
        flags.append(notebook.flag("grading_lost", lost))
        self.close()  # start a fresh sandbox for the next notebook
        return cell_results, outcomes, lost

    @staticmethod
    def _score(sub, cell_results, outcomes, lost, tampering, flags):
        by_exercise = {}
        for o in outcomes:
            by_exercise.setdefault(o.exercise, []).append(o)
        results = []
        for ex in sub.assignment.exercises:
            answer = sub.answers.get(ex.name)
            cell = cell_results.get(id(answer)) if answer else None
            ran = by_exercise.get(ex.name, [])
            res = scoring.score_exercise(
                ex, ran, cell if cell and cell["status"] != "ok" else None,
                missing=sub.missing_reasons.get(ex.name), lost=lost if not ran else None,
                tampering=tampering.get(ex.name) or tampering.get("*"))
            results.append(res)
            if res.status in ("forbidden", "timeout"):
                flags.append(notebook.flag(res.status, res.messages[0][:300], ex.name))
        for res in cell_results.values():
            if res["status"] in ("timeout", "crashed"):
                flags.append(notebook.flag(f"cell_{res['status']}", f"cell {res['index']}: "
                                           f"{res['error']['message']}"))
        return scoring.Result(sub.assignment.name, results, flags)

    @staticmethod
    def _tampered(reason, flags, tampering):
        reason = f"the submission tampered with the grader ({reason}); every exercise scores 0"
        if "*" not in tampering:
            tampering["*"] = reason
            flags.append(notebook.flag("tampering", reason))


def cell_requests(sub):
    """The cells to run, as the sandbox takes them; an answer cell that is the release's
    stub is marked with its exercise (see ``Session._untouched`` in child/runner.py)."""
    stubs = sub.assignment.stubs
    return [{"index": c.index, "source": c.source,
             "stub": c.exercise if c.exercise and c.source == stubs.get(c.exercise) else None}
            for c in sub.cells]


def grade_notebook(path, assignment=None, course=None, settings=None, seed=None):
    """Grade one notebook with every check; see :class:`Grader`."""
    with Grader(course, settings) as grader:
        return grader.grade(path, assignment, seed)
