"""Stage 3: run an assignment's hidden pytest checks against one loaded submission.

The checks are ordinary pytest modules, ``autograder/exercises/<assignment>/<name>/test_*.py``;
each module is marked with the exercise it checks and each test with the points it is worth.
They run in the trusted parent. The ``student`` fixture forwards calls into the sandbox
and brings back plain data; it also notices when the student's code ran an operator the
exercise forbids. Outcomes are collected by a plugin and never include check source code.
"""

import dataclasses
import logging
import re
import traceback
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from d2l import registry
from d2l.registry import Forbidden

from . import exercises
from .testing import CheckFailure, StandIn

log = logging.getLogger(__name__)
CHECKS_DIR = exercises.ROOT
_CHAPTER_REF = re.compile(r"ch\d\d/")  # a stand-in named with its chapter

__all__ = ["CallResult", "Forbidden", "JudgePlugin", "Outcome", "Student", "StudentProblem",
           "load_forbidden", "run_checks"]


@dataclass
class Outcome:
    """The result of one check."""

    exercise: str
    check: str
    description: str
    points: float
    status: str  # passed | failed | error | timeout | forbidden
    message: str = ""

    @property
    def passed(self):
        return self.status == "passed"


class StudentProblem(Exception):
    """The student's code did not return a value; ``status`` says how it failed."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


class ForbiddenUsed(StudentProblem):
    def __init__(self, message):
        super().__init__("forbidden", message)


@dataclass
class CallResult:
    """What a call brought back (see :meth:`Student.call` and :meth:`Student.block`)."""

    value: object
    grads: list
    args_after: list
    ops: list
    output: str
    params: list = ()
    param_grads: list = ()


class Student:
    """The ``student`` fixture: calls into the submission, as data in and data out.

    ``student.softmax(X)`` calls the student's ``softmax`` with ``X`` sent as an NDArray
    and returns the result; ``student.call("softmax", X, grad=[0])`` returns a
    :class:`CallResult` with gradients, the arguments after the call and more. When the
    student's code raises, the exercise's ``HINTS`` (pairs of a message fragment and an
    explanation) name the usual cause. Stand-ins are named as in their chapter
    (``StandIn("rnn")``, ``stand_ins={"corr2d": "corr2d"}``).
    """

    def __init__(self, sandbox, exercise, forbidden, timed_out=None, hints=(), chapter=""):
        self._sandbox = sandbox
        self._exercise = exercise
        self._chapter = chapter
        self._forbidden = forbidden
        self._timed_out = timed_out if timed_out is not None else {}
        self._hints = list(hints.items() if isinstance(hints, dict) else hints)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: self.call(name, *args, kwargs=kwargs).value

    def call(self, target, *args, kwargs=None, grad=None, head_grad=None, backward=False,
             train_mode=False, globals=None, stand_ins=None, return_args=False, max_items=None,
             seed=None, fresh=False, timeout=None, via=None):
        """Call ``target(*args, **kwargs)`` in the submission.

        ``grad``: indices of array arguments to differentiate; the result (an NDArray or
        nested lists/tuples of them) is back-propagated with ``head_grad`` (same structure;
        ones by default); ``backward``: back-propagate even without ``grad`` (the gradients
        of :class:`~autograder.testing.Param` arguments come back in ``param_grads``, which
        they also do without any backward pass, e.g. after ``grad_clipping``);
        ``train_mode``: run under ``autograd.train_mode``; ``globals``: values to put into
        the namespace for this call only; ``stand_ins``: replace the student's helpers with
        correct ones (``{"relu": "relu"}``); ``return_args``: return the arguments after the
        call (in-place updates); ``max_items``: how much of a generator to collect;
        ``via``: a probe (``"HybridNet.probe"``, one of the exercise's ``HELPERS``) called
        as ``probe(target, *args, **kwargs)`` in the sandbox instead of ``target`` itself.
        """
        if self._exercise in self._timed_out:
            # One endless loop is enough: do not wait for it again in every check.
            raise StudentProblem("timeout", self._timed_out[self._exercise])
        options = {"grad": list(grad or []), "backward": backward, "train_mode": train_mode,
                   "stand_ins": self._stand_ins(stand_ins), "return_args": return_args}
        if max_items is not None:
            options["max_items"] = max_items
        if seed is not None:
            options["seed"] = int(seed)
        if via is not None:
            options["via"] = self._qualified(via)
        payload = {}
        if globals:
            payload["globals"] = {k: _as_nd(v) for k, v in globals.items()}
        if head_grad is not None:
            payload["head_grad"] = _as_nd(head_grad)
        return self._send(target, args, kwargs, options, payload, timeout, fresh)

    def block(self, target, *args, input=None, inputs=None, kwargs=None, grad=False,
              head_grad=None, train_mode=False, seed=0, globals=None, stand_ins=None,
              timeout=None):
        """Build the student's block ``target(*args, **kwargs)``, initialize it (seeded), run
        it forward on ``input`` (or on several, ``inputs=[queries, keys, values, ...]``);
        returns a :class:`CallResult` whose ``params`` are the block's ``(name, value)``
        pairs in creation order (and ``grads`` the inputs' gradients, ``param_grads`` the
        parameters', when ``grad``). ``globals`` and ``stand_ins`` work as for
        :meth:`call`."""
        if (input is None) == (inputs is None):
            raise TypeError("block() takes exactly one of input= and inputs=")
        options = {"block": {"seed": int(seed), "many": inputs is not None},
                   "grad": bool(grad), "train_mode": train_mode,
                   "stand_ins": self._stand_ins(stand_ins)}
        payload = {"input": _as_nd(list(inputs) if inputs is not None else input)}
        if globals:
            payload["globals"] = {k: _as_nd(v) for k, v in globals.items()}
        if head_grad is not None:
            payload["head_grad"] = _as_nd(head_grad)
        return self._send(target, args, kwargs, options, payload, timeout, False)

    def _stand_ins(self, stand_ins):
        return {name: self._qualified(ref) for name, ref in (stand_ins or {}).items()}

    def _qualified(self, ref):
        return ref if _CHAPTER_REF.match(ref) else f"{self._chapter}/{ref}"

    def _send(self, target, args, kwargs, options, payload, timeout, fresh):
        args = [self._chapter_standins(_as_nd(a)) for a in args]
        kwargs = {k: self._chapter_standins(_as_nd(v)) for k, v in (kwargs or {}).items()}
        reply = self._sandbox.call(target, args, kwargs,
                                   options=options, payload=payload, timeout=timeout,
                                   fresh=fresh)
        used = self._forbidden_used(reply.get("ops") or [])
        if used:
            raise ForbiddenUsed(used)
        if not reply.get("ok"):
            problem = _problem(target, reply)
            if problem.status == "timeout":
                self._timed_out[self._exercise] = problem.message
            raise self._with_hint(problem)
        return CallResult(reply.get("value"), reply.get("grads") or [],
                          reply.get("args_after") or [], reply.get("ops") or [],
                          reply.get("output", ""), reply.get("params") or [],
                          reply.get("param_grads") or [])

    def _with_hint(self, problem):
        """Name the usual cause of an error, from the check module's ``HINTS``."""
        if problem.status == "error":
            for pattern, hint in self._hints:
                if pattern.lower() in problem.message.lower():
                    return StudentProblem(problem.status, f"{problem.message}. {hint}")
        return problem

    def _forbidden_used(self, ops):
        from .sandbox import UNWATCHED_THREAD

        if UNWATCHED_THREAD in ops and self._forbidden.funcs:
            return (f"`{self._exercise}` started a thread without `threading`, where the "
                    f"grader cannot see whether it calls "
                    f"{self._forbidden.what or 'a forbidden built-in'}; use threading.Thread "
                    "or no thread")
        hits = self._forbidden.hits(ops)
        if not hits:
            return None
        fused = registry.subgraph_hits(hits)
        if fused:
            return (f"`{self._exercise}` ran MXNet's fused subgraph operators "
                    f"({', '.join(fused)}): {registry.SUBGRAPH_MESSAGE}")
        what = self._forbidden.what or ", ".join(hits)
        grader = [h for h in hits if h.startswith("d2l.selfcheck.")]
        if grader:
            return (f"`{self._exercise}` runs the grader's own code ({', '.join(grader)}), "
                    "imported or copied from the public self-check's source (a renamed or "
                    f"moved copy is the same code), which is forbidden here like {what} "
                    f"(MXNet ran: {', '.join(hits)}). Write it yourself")
        return (f"`{self._exercise}` calls the built-in it is meant to implement ({what}; "
                f"MXNet ran: {', '.join(hits)}). Write it yourself from basic operations")

    def _chapter_standins(self, value):
        """``StandIn("rnn")`` in the arguments, as the stand-in of this chapter's ``rnn``."""
        if isinstance(value, StandIn):
            return StandIn(self._qualified(value.name))
        if isinstance(value, (list, tuple)):
            return type(value)(self._chapter_standins(v) for v in value)
        return value


def _as_nd(value):
    from .testing import nd

    if isinstance(value, np.ndarray) and type(value) is np.ndarray:
        return nd(value, dtype=value.dtype if value.dtype.kind in "biu" else "float32")
    if isinstance(value, list):
        return [_as_nd(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_as_nd(v) for v in value)
    return value


def _problem(target, reply):
    status = reply.get("status", "error")
    err = reply.get("error") or {}
    message = err.get("message", "")
    if status == "timeout":
        return StudentProblem("timeout", f"`{target}` did not return in time ({message}); "
                                         "look for an endless loop")
    if status == "crashed":
        return StudentProblem("error", f"`{target}` crashed the process ({message})")
    if status == "tampered":
        return StudentProblem("forbidden", f"tampering: {message}")
    if err.get("missing"):
        return StudentProblem("error", message)
    if err.get("type") == "NotImplementedError":
        return StudentProblem("error", f"`{target}` is not implemented yet (it raises "
                                       "NotImplementedError)")
    where = f" ({'; '.join(err.get('traceback', [])[-2:])})" if err.get("traceback") else ""
    return StudentProblem("error", f"`{target}` raised {err.get('type', 'an error')}: "
                                   f"{message}{where}")


def load_forbidden(assignment):
    """What the assignment's exercises forbid: exercise name -> :class:`Forbidden`."""
    return exercises.forbidden(assignment)


class JudgePlugin:
    """Fixtures for the checks, and collection of their outcomes."""

    def __init__(self, sandbox, seed, names, forbidden, assignment="", untouched=()):
        self.sandbox = sandbox
        self.seed = seed
        self.assignment = assignment
        self.exercises = set(names)
        self.untouched = set(untouched)
        self.catalog = []
        self.forbidden = forbidden
        self.outcomes = []
        self.errors = []
        self.timed_out = {}

    @pytest.fixture
    def student(self, request):
        name = _exercise_of(request.node)
        return Student(self.sandbox, name, self.forbidden.get(name, Forbidden()),
                       self.timed_out, exercises.hints(self.assignment, name), self.assignment)

    @pytest.fixture
    def rng(self, request):
        key = zlib.crc32(request.node.nodeid.encode())
        return np.random.default_rng([self.seed & 0xFFFFFFFF, self.seed >> 32, key])

    @pytest.fixture
    def secret_seed(self, request):
        return (self.seed ^ zlib.crc32(request.node.nodeid.encode())) & 0x7FFFFFFF

    def pytest_collection_modifyitems(self, config, items):
        keep, drop = [], []
        for item in items:
            check = _described(item)
            self.catalog.append(check)
            if check.exercise in self.untouched:
                self.outcomes.append(_not_attempted(check))
                drop.append(item)
            else:
                (keep if check.exercise in self.exercises else drop).append(item)
        items[:] = keep
        config.hook.pytest_deselected(items=drop)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(self, item, call):
        """Record the outcome and make a bare report: pytest's own would render a
        traceback with source excerpts for every failed check, which nobody reads here
        and which takes longer than running the checks."""
        failed = call.excinfo is not None
        if call.when == "call" or (call.when == "setup" and failed):
            self.outcomes.append(self._outcome(item, call))
        return pytest.TestReport(item.nodeid, item.location, {}, "failed" if failed else "passed",
                          "failed" if failed else None, call.when, duration=call.duration,
                          start=call.start, stop=call.stop)

    def pytest_collectreport(self, report):
        if report.failed:
            self.errors.append(f"could not load checks {report.nodeid}: {report.longreprtext}")

    def _outcome(self, item, call):
        base = _described(item)
        if call.excinfo is None:
            return base
        exc = call.excinfo.value
        if isinstance(exc, StudentProblem):
            base.status, base.message = exc.status, exc.message
        elif isinstance(exc, CheckFailure):
            base.status, base.message = "failed", str(exc)
        else:
            # A check that breaks on an unexpected result: the student sees the kind of
            # problem, the instructor's log gets the traceback. Never the check's source.
            log.warning("check %s raised %s", item.nodeid,
                        "".join(traceback.format_exception_only(type(exc), exc)).strip())
            log.debug("%s", "".join(traceback.format_tb(call.excinfo.tb)))
            base.status = "failed"
            base.message = (f"the result could not be checked ({type(exc).__name__}: "
                            f"{str(exc)[:200]}); check its type and shape")
        return base


def _described(item):
    """The outcome of a check that passed: its exercise, name, description and points."""
    marker = item.get_closest_marker("points")
    points = float(marker.args[0]) if marker else 1.0
    doc = (getattr(item.function, "__doc__", None) or item.name).strip().splitlines()[0]
    return Outcome(_exercise_of(item), item.name, doc.rstrip("."), points, "passed")


def _not_attempted(check):
    return dataclasses.replace(check, status="error", message=(
        f"`{check.exercise}` is not implemented yet: its answer cell is as released, "
        "and it raises NotImplementedError"))


def _exercise_of(node):
    marker = node.get_closest_marker("exercise")
    return marker.args[0] if marker else ""


def _forget_other_checks(assignment, directory):
    """pytest's importlib mode reuses a module already imported under the same name
    (``ch03.test_relu``); drop those that came from another checks folder."""
    import sys

    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if name.startswith(f"{assignment}.") and not path.startswith(str(directory)):
            del sys.modules[name]


# pytest's own plugins the checks do not use. Each costs time on every run, and
# unraisableexception alone runs five full garbage collections when pytest stops.
_UNUSED_PLUGINS = ("terminal", "cacheprovider", "warnings", "stepwise", "logging",
                   "unraisableexception", "threadexception", "faulthandler", "doctest",
                   "junitxml", "pastebin", "setuponly", "setupplan", "unittest",
                   "legacypath", "tmpdir", "monkeypatch", "recwarn")


_CATALOGS = {}  # checks folder -> every check in it, as collected (see run_checks)


def run_checks(sandbox, assignment, names, seed, checks_dir=CHECKS_DIR, forbidden=None,
               untouched=()):
    """Run the hidden checks of the exercises ``names``; returns (outcomes, loader errors).
    ``forbidden`` is the assignment's :func:`load_forbidden` (loaded here if not given).
    The checks of the exercises ``untouched`` (answers left as released, which raise
    NotImplementedError) are not run: they fail with a message that says so."""
    if not names:
        return [], []
    directory = Path(checks_dir) / assignment
    catalog = _CATALOGS.get(directory)
    if catalog is not None and set(names) <= set(untouched):  # a blank notebook
        return [_not_attempted(c) for c in catalog if c.exercise in names], []
    _forget_other_checks(assignment, directory)
    if forbidden is None:
        forbidden = load_forbidden(assignment)
    plugin = JudgePlugin(sandbox, seed, names, forbidden, assignment, untouched)
    args = [str(directory), "-c", str(Path(checks_dir) / "pytest.ini"),
            "--rootdir", str(checks_dir), "--import-mode=importlib", "-s",
            *(arg for name in _UNUSED_PLUGINS for arg in ("-p", f"no:{name}")),
            "--strict-markers", "--continue-on-collection-errors"]
    code = pytest.main(args, plugins=[plugin])
    if code == pytest.ExitCode.INTERRUPTED:  # Ctrl-C: pytest stopped early, no grade from it
        raise KeyboardInterrupt
    if code not in (0, 1, 5) and not plugin.errors:
        plugin.errors.append(f"pytest stopped with exit code {int(code)}")
    if not plugin.errors:
        _CATALOGS[directory] = plugin.catalog
    return plugin.outcomes, plugin.errors
