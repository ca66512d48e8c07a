"""The public self-check: ``check(name, obj)`` in the notebook's test cells.

It runs a few fast checks in the student's own kernel against recorded MXNet outputs and
prints a pass/fail table. It is a learning aid, not the grade: the grader runs more
thorough hidden checks on new random inputs, in a sandbox. Both name a mistake with the
same words: the diagnoses live in the exercise's public module, which both use.

The exercises' public modules are found under this package: ``d2l.selfcheck.ch03`` is the
chapter folder ``ch03/`` of the public tree (``$D2L_REFERENCES`` where the course is
deployed, ``autograder/exercises`` in a checkout of the course), and
``d2l.selfcheck.ch03.softmax.public`` the public part of exercise ``softmax``.
"""

import contextlib
import importlib
import os
from pathlib import Path

import numpy as np

from .watch import watching

_MISSING = object()


def public_root():
    """The public tree (``$D2L_REFERENCES`` overrides the course checkout's)."""
    if os.environ.get("D2L_REFERENCES"):
        return Path(os.environ["D2L_REFERENCES"])
    return Path(__file__).resolve().parents[2] / "autograder" / "exercises"


__path__.append(str(public_root()))


def chapters():
    return sorted(p.name for p in public_root().glob("ch[0-9][0-9]")
                  if (p / "__init__.py").exists())


@contextlib.contextmanager
def notebook_globals(fn, **values):
    """Set globals of ``fn``'s module (the student's notebook) for a while: the book's
    functions read their model and hyperparameters from globals (``W1``, ``eta``...)."""
    scope = fn.__globals__
    saved = {k: scope.get(k, _MISSING) for k in values}
    scope.update(values)
    try:
        yield scope
    finally:
        for k, v in saved.items():
            if v is _MISSING:
                scope.pop(k, None)
            else:
                scope[k] = v


def find(name, chapter=None):
    """The public module of exercise ``name``, in ``chapter`` when given (two chapters may
    use one name: chapter 3's and chapter 7's ``sgd``), else in the first chapter that has
    it; returns ``(chapter, module)`` or ``(None, None)``."""
    for candidate in [chapter] if chapter else chapters():
        if not (public_root() / candidate / name / "public.py").exists():
            continue
        return candidate, importlib.import_module(f"{__name__}.{candidate}.{name}.public")
    return None, None


class _NotInstalled(dict):
    def __missing__(self, key):
        raise LookupError("the recorded reference outputs (cases.npz) are not installed here; "
                          "set D2L_REFERENCES to the folder that holds the course's public "
                          "checks")


def load_cases(module):
    """The recorded cases beside an exercise's public module (``cases.npz``)."""
    path = Path(module.__file__).with_name("cases.npz")
    if not path.exists():
        return _NotInstalled()
    with np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


class PublicCheckFailed(AssertionError):
    """Raised by ``check`` under ``nbgrader validate``, so that Validate reports the cell."""


def checker(chapter):
    """``check(name, obj)`` for one chapter: what ``d2l.selfcheck.chNN`` exports."""

    def check(name, obj, verbose=True):
        return _check(name, obj, verbose, chapter)

    check.__doc__ = _check.__doc__
    return check


def check(name, obj, verbose=True, chapter=None):
    """Run the public checks of exercise ``name`` (of ``chapter``, e.g. "ch07", when given)
    on ``obj`` and print a table.

    Returns True when every public check passed and the answer called nothing the grader
    forbids. Under ``nbgrader validate`` (the Validate button) a failure raises
    :class:`PublicCheckFailed`, so that Validate lists the exercise instead of reporting
    success.
    """
    return _check(name, obj, verbose, chapter)


def _not_implemented(exc, name, obj):
    """Say which function raised NotImplementedError: the answer's own, or another
    exercise's stub that the answer calls (``nms`` using a ``box_iou`` not written yet)."""
    import traceback

    where = traceback.extract_tb(exc.__traceback__)[-1].name
    own = {name, getattr(obj, "__name__", name)} | set(vars(obj) if isinstance(obj, type)
                                                         else ())
    if where in own or where.startswith(("<", "__")):
        return "not implemented yet (it raises NotImplementedError)"
    return (f"it calls `{where}`, which is not implemented yet (it raises "
            "NotImplementedError): write that one first")


def _check(name, obj, verbose=True, chapter=None):
    """Run the public checks of exercise ``name`` on ``obj`` and print a table; True when
    all passed and nothing forbidden ran."""
    chapter, module = find(name, chapter)
    if module is None:
        print(f"check: there are no public checks for {name!r}")
        return False
    cases = load_cases(module)
    results = []
    rule = forbidden(module)
    hints = getattr(module, "HINTS", ())
    with _stand_ins(obj, module, chapter), watching(rule) as seen:
        for description, run in module.CHECKS:
            try:
                problem = run(obj, cases)
            except NotImplementedError as exc:
                problem = _not_implemented(exc, name, obj)
            except Exception as exc:  # noqa: BLE001 - report whatever the student's code raised
                problem = explain(exc, hints)
            results.append((description, problem))
            if problem and problem.endswith(("(it raises NotImplementedError)",
                                             "write that one first")):
                break
    used = seen.hits()
    total = len(module.CHECKS)
    passed = sum(problem is None for _, problem in results)
    if verbose:
        print(f"check {name}  ({module.SECTION})")
        for description, problem in results:
            line = f"  {'PASS' if problem is None else 'FAIL'}  {description}"
            if problem:
                line += f"\n        {problem}"
            print(line)
        if used:
            what = rule.what or ", ".join(used)
            print(f"  WARN  it calls {what} (MXNet ran: {', '.join(used)}), the built-in this "
                  "exercise re-implements: the grader will score it 0. Write it from basic "
                  "operations")
        if passed == total and not used:
            print(f"  all {total} public checks passed; the grader also checks new inputs "
                  "and gradients")
        elif passed < total:
            print(f"  {passed} of {total} public checks passed")
    ok = passed == total and not used
    if not ok and os.environ.get("NBGRADER_EXECUTION") == "validate":
        __tracebackhide__ = True  # IPython shows the message, not the checker's frames
        reason = (f"{total - passed} of {total} public checks failed" if passed < total
                  else "it calls a built-in the grader forbids")
        raise PublicCheckFailed(f"{name}: {reason} (see the table above)")
    return ok


@contextlib.contextmanager
def _stand_ins(obj, module, chapter):
    """While the public checks run, the notebook's helpers named in the exercise's
    ``STAND_INS`` are the grader's correct versions, as in the hidden checks: ``Conv2D`` is
    judged on its own, whatever the notebook's ``corr2d`` does."""
    names = getattr(module, "STAND_INS", {})
    scope = _namespace_of(obj)
    if not names or scope is None:
        yield
        return
    values = {name: find(ref, chapter)[1].STAND_IN for name, ref in names.items()}
    saved = {k: scope.get(k, _MISSING) for k in values}
    scope.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is _MISSING:
                scope.pop(k, None)
            else:
                scope[k] = v


def _namespace_of(obj):
    """The namespace an answer reads its helpers from: a function's globals, those of a
    class's methods."""
    if hasattr(obj, "__globals__"):
        return obj.__globals__
    for value in vars(obj).values() if isinstance(obj, type) else ():
        if hasattr(value, "__globals__"):
            return value.__globals__
    return None


def forbidden(module):
    """What an exercise forbids, as the grader sees it: its ``FORBIDDEN`` and its own
    stand-in (a correct answer the grader ships)."""
    from ..registry import Forbidden, qualname

    rule = getattr(module, "FORBIDDEN", None)
    standin = getattr(module, "STAND_IN", None)
    if standin is None:
        return rule
    return (rule or Forbidden()).also(qualname(standin))


def explain(exc, hints=()):
    """An error the student's code raised, as the grader reports it: the message without
    MXNet's C++ traceback, and the explanation of the first of the exercise's ``HINTS``
    (pairs of a message fragment and an explanation) whose fragment it holds."""
    text = short_error(exc)
    for fragment, hint in hints:
        if fragment.lower() in text.lower():
            return f"raised {type(exc).__name__}: {text}. {hint}"
    return f"raised {type(exc).__name__}: {text}"


def short_error(exc, limit=300):
    """The message of ``exc`` on one line, MXNet's traceback and stack trace left out."""
    lines = [line for line in str(exc).split("\nStack trace")[0].splitlines()
             if line.strip() and not line.startswith(("Traceback (most recent call last)",
                                                      '  File "'))]
    text = " ".join(line.strip() for line in lines)
    return text if len(text) <= limit else text[: limit - 3] + "..."
