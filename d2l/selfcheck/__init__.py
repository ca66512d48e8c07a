"""The public self-check: ``check(name, obj)`` in the notebook's test cells.

It runs a few fast checks in the student's own kernel against recorded MXNet outputs and
prints a pass/fail table. It is a learning aid, not the grade: the grader runs more
thorough hidden checks on new random inputs, in a sandbox.
"""

import contextlib
import importlib
import os
import pkgutil
from pathlib import Path

import numpy as np

CHAPTERS = tuple(sorted(m.name for m in pkgutil.iter_modules(__path__)))
_MISSING = object()


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


def reference_dir():
    """Where the recorded reference outputs live (``$D2L_REFERENCES`` overrides)."""
    if os.environ.get("D2L_REFERENCES"):
        return Path(os.environ["D2L_REFERENCES"])
    return Path(__file__).resolve().parents[2] / "autograder" / "references"


def load_cases(chapter):
    path = reference_dir() / f"{chapter}.npz"
    with np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def find(name, chapter=None):
    """The chapter module that has public checks for exercise ``name``: in ``chapter`` when
    given (two chapters may use one name: chapter 3's and chapter 7's ``sgd``), else the
    first chapter that has it."""
    for candidate in [chapter] if chapter else CHAPTERS:
        module = importlib.import_module(f"{__name__}.{candidate}")
        if name in module.CHECKS:
            return candidate, module
    return None, None


class PublicCheckFailed(AssertionError):
    """Raised by ``check`` under ``nbgrader validate``, so that Validate reports the cell."""


def check(name, obj, verbose=True, chapter=None):
    """Run the public checks of exercise ``name`` (of ``chapter``, e.g. "ch07", when given)
    on ``obj`` and print a table.

    Returns True when every public check passed. Under ``nbgrader validate`` (the
    Validate button) a failure raises :class:`PublicCheckFailed`, so that Validate lists
    the exercise instead of reporting success.
    """
    chapter, module = find(name, chapter)
    if module is None:
        print(f"check: there are no public checks for {name!r}")
        return False
    try:
        cases = load_cases(chapter)
    except OSError:
        print(f"check {name}: the recorded reference outputs ({chapter}.npz) are not "
              f"installed here; set D2L_REFERENCES to the folder that holds them")
        return False
    section, checks = module.CHECKS[name]
    results = []
    for description, run in checks:
        try:
            problem = run(obj, cases)
        except NotImplementedError:
            problem = "not implemented yet (it raises NotImplementedError)"
        except Exception as exc:  # noqa: BLE001 - report whatever the student's code raised
            problem = f"raised {type(exc).__name__}: {_first_line(exc)}"
        results.append((description, problem))
        if problem and problem.startswith("not implemented"):
            break
    passed = sum(problem is None for _, problem in results)
    if verbose:
        print(f"check {name}  ({section})")
        for description, problem in results:
            status = "PASS" if problem is None else "FAIL"
            line = f"  {status}  {description}"
            if problem:
                line += f"\n        {problem}"
            print(line)
        total = len(checks)
        if passed == total:
            print(f"  all {total} public checks passed; the grader also checks new inputs "
                  "and gradients")
        else:
            print(f"  {passed} of {total} public checks passed")
    ok = passed == len(checks)
    if not ok and os.environ.get("NBGRADER_EXECUTION") == "validate":
        __tracebackhide__ = True  # IPython shows the message, not the checker's frames
        raise PublicCheckFailed(f"{name}: {len(checks) - passed} of {len(checks)} public "
                                "checks failed (see the table above)")
    return ok


def _first_line(exc):
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else ""
