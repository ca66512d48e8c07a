"""The course's exercises: one folder per exercise, keyed by chapter.

``autograder/exercises/<chapter>/<name>/`` holds everything about exercise ``name``:

* ``public.py``: what the student may see, shipped with the course's ``d2l`` package and
  mounted read-only in the sandbox: the book section (``SECTION``), the built-ins the
  answer may not call (``FORBIDDEN``, a :class:`d2l.registry.Forbidden`), ``HINTS`` for
  errors, the diagnoses of named mistakes (functions returning a message or None, used by
  the public check and the hidden checks alike), the public checks (``CHECKS``) on the
  recorded cases, and, when other exercises build on this one, the grader's correct
  version (``STAND_IN``, built from the built-in this exercise forbids). Every function
  of it is the grader's code, watched in any copy (``guard.copied_codes``) except those
  listed in ``BOOK_CODE``: the book's own code, which a student may type in.
* ``cases.npz``: the recorded inputs and MXNet outputs that back the public checks.
* ``reference.py`` (hidden): the reference answers computed by MXNet and ``public_cases()``,
  which records ``cases.npz`` (``python -m autograder build-references``).
* ``test_<name>.py`` (hidden): the pytest checks the grader runs.

Each chapter folder has an ``__init__.py`` that makes ``d2l.selfcheck.<chapter>`` (the
notebook's ``from d2l.selfcheck.chNN import check``); chapter-wide helpers of the hidden
checks live beside it in modules named ``_*.py``.

Public modules are always imported as ``d2l.selfcheck.<chapter>.<name>.public``, in the
judge, in the sandbox and in a student's kernel alike, so that a stand-in has one qualified
name everywhere.
"""

import functools
import importlib
import inspect
import os
import shutil
import tempfile
from pathlib import Path

from .export import PUBLIC_FILES, export_public, public_files

ROOT = Path(__file__).resolve().parent
__all__ = ["PUBLIC_FILES", "ROOT", "chapters", "export_public", "exported", "forbidden", "hints",
           "names", "public", "public_files", "reference", "standin_name"]


def chapters(root=ROOT):
    """The chapters that have exercises, e.g. ``["ch03", "ch05"]``."""
    return sorted(p.name for p in Path(root).glob("ch[0-9][0-9]") if (p / "__init__.py").exists())


def names(chapter, root=ROOT):
    """The exercises of ``chapter``, by name."""
    return sorted(p.parent.name for p in (Path(root) / chapter).glob("*/public.py"))


def public(chapter, name):
    """The public module of an exercise (None when there is none)."""
    try:
        return importlib.import_module(f"d2l.selfcheck.{chapter}.{name}.public")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(f"d2l.selfcheck.{chapter}"):
            return None
        raise


def reference(chapter, name):
    """The hidden reference module of an exercise (None when there is none)."""
    if not (ROOT / chapter / name / "reference.py").exists():
        return None
    return importlib.import_module(f"autograder.exercises.{chapter}.{name}.reference")


def standin_name(chapter, name):
    """The qualified name of an exercise's stand-in, as every process imports it."""
    from d2l.registry import qualname

    module = public(chapter, name)
    func = getattr(module, "STAND_IN", None)
    return qualname(func) if func is not None else None


def grader_functions(chapter, name):
    """Qualified names of the functions the exercise's public module defines (its stand-in,
    references, diagnoses, case makers): grader code that computes what the answer must,
    so never part of an answer. ``HELPERS`` are left out: the checks hand them to it."""
    from d2l.registry import qualname

    module = public(chapter, name)
    own = {n: f for n, f in vars(module).items()
           if inspect.isfunction(f) and f.__module__ == module.__name__ and f.__qualname__ == n}
    # A module's __getattr__ builds HELPERS on first use.
    names = [h for h in (*getattr(module, "HELPERS", ()), "__getattr__") if h in vars(module)]
    given = set(names) | _used_by([vars(module)[h] for h in names], own)
    return tuple(sorted(qualname(f) for n, f in own.items() if n not in given))


def _used_by(roots, functions):
    """Names of ``functions`` that the functions or classes ``roots`` call, directly or
    through one another (read from their code: what runs while a helper runs)."""
    used, todo = set(), list(roots)
    while todo:
        obj = todo.pop()
        members = vars(obj).values() if inspect.isclass(obj) else [obj]
        codes = [m.__code__ for m in members if inspect.isfunction(m)]
        while codes:
            code = codes.pop()
            codes.extend(c for c in code.co_consts if inspect.iscode(c))
            for name in code.co_names:
                if name in functions and name not in used:
                    used.add(name)
                    todo.append(functions[name])
    return used


@functools.lru_cache(maxsize=None)
def forbidden(chapter):
    """``{name: Forbidden}`` for the chapter's exercises (as the grader applies them). An
    exercise also forbids the grader's code for it: its stand-in, a correct answer the
    grader ships, and every other function of its public module (``grader_functions``).
    The public self-check watches the whole check, which calls those functions itself, so
    it warns about the exercise's ``FORBIDDEN`` only."""
    from d2l.registry import Forbidden

    out = {}
    for name in names(chapter):
        module = public(chapter, name)
        rule = getattr(module, "FORBIDDEN", None) or Forbidden()
        own = standin_name(chapter, name)
        given = tuple(f for f in grader_functions(chapter, name) if f != own)
        out[name] = rule.also(*((own,) if own else ()), *given)
    return out


def hints(chapter, name):
    """The exercise's ``HINTS``: (fragment of an error message, explanation) pairs."""
    return list(getattr(public(chapter, name), "HINTS", ()))


@functools.lru_cache(maxsize=None)
def exported():
    """A private export of the public part, made once per process (for the sandbox)."""
    import atexit

    dest = Path(tempfile.mkdtemp(prefix="d2l-public-"))
    atexit.register(shutil.rmtree, dest, True)
    os.chmod(dest, 0o755)
    return export_public(dest, ROOT)
