"""Copies of the grader's code (``guard.copied_codes``): a copy made from the public
modules' source is recorded as the original, however it is renamed or moved; honest code,
the book's included, never is.

Whole-notebook variants are in tests/submissions/*/cheat_*_pasted_*, *_exec_*, *_read_*;
test_integrity.py runs copies in the sandbox.
"""

import inspect
import textwrap
import types

import numpy as np
import pytest

from autograder import exercises, samples
from autograder.child import guard

from .conftest import REPO
from .test_corpus import CASES


def chapter_prints(chapter):
    """``{(shape, print): qualnames}`` of the grader code the chapter's record watches."""
    watch = sorted({f for rule in exercises.forbidden(chapter).values() for f in rule.funcs})
    names = guard.watched_codes(watch)
    prints = {}
    for shape, fp, key in guard.copied_codes(watch):
        prints.setdefault((shape, fp), set()).add(names[key])
    return prints


def codes(source, filename):
    """Every code object compiling ``source`` makes (functions nested included)."""
    out, todo = [], [compile(source, filename, "exec")]
    while todo:
        code = todo.pop()
        out.append(code)
        todo += [c for c in code.co_consts if isinstance(c, types.CodeType)]
    return out


@pytest.mark.parametrize("chapter", exercises.chapters())
def test_honest_code_is_never_taken_for_the_grader_s(chapter):
    """The solution and every corpus answer that must keep its points (the book's code
    among them) share no fingerprint with the grader's code."""
    prints = chapter_prints(chapter)
    honest = [(f"source:{name}", code) for name, code in samples.solutions(REPO, chapter).items()]
    honest += [(str(c), c.code) for c in CASES.get(chapter, [])
               if c.percent == 100 and c.status == "passed"]
    taken = [(label, code.co_name, sorted(prints[guard.fingerprint(code)]))
             for label, source in honest for code in codes(source, label)
             if guard.fingerprint(code) in prints]
    assert taken == [], "honest code fingerprinted as the grader's (list it in BOOK_CODE?)"


def grader_functions():
    """Some fingerprinted grader functions, from several chapters."""
    picked = []
    for qualname in ("d2l.selfcheck.ch09.nms.public.greedy",
                     "d2l.selfcheck.ch02.numerical_grad.public.numerical_grad_stand_in",
                     "d2l.selfcheck.ch09.box_iou.public.iou_np",
                     "d2l.selfcheck.ch10.masked_softmax.public.expected"):
        func = guard.resolve(qualname)
        assert func is not None, qualname
        picked.append(pytest.param(func, id=qualname.rsplit(".", 3)[-3]))
    return picked


def compiled(source, name, scope):
    scope = dict(scope)
    exec(compile(source, "<student>", "exec"), scope)  # the copy under test
    return scope[name].__code__


def renamed(source, func):
    """The copy with its name, its arguments and locals renamed and its docstring gone."""
    code = func.__code__
    for i, local in enumerate(code.co_varnames):
        source = __import__("re").sub(rf"\b{local}\b", f"v{i}", source)
    doc = inspect.getdoc(func)
    if doc:
        source = __import__("re").sub(r'"""(.|\n)*?"""\n\s*', "", source, count=1)
    return source.replace(f"def {func.__name__}(", "def mine(")


@pytest.mark.parametrize("func", grader_functions())
def test_copies_share_the_original_s_fingerprint(func):
    source = textwrap.dedent(inspect.getsource(func))
    want = guard.fingerprint(func.__code__)
    assert len(func.__code__.co_code) >= guard.MIN_COPY_BYTES
    variants = {
        "verbatim": (source, func.__name__),
        "moved down": ("\n" * 40 + source, func.__name__),
        "imports in the same cell": ("import numpy as np\nfrom mxnet import nd, autograd\n"
                                     + source, func.__name__),
        "renamed, undocumented": (renamed(source, func), "mine"),
        "indented in a class": ("class K:\n" + textwrap.indent(source, "    ")
                                + "\nmine = K.__dict__[" + repr(func.__name__) + "]\n", "mine"),
        "a parameter added": (source.replace("):\n", ", _pad=None):\n", 1), func.__name__),
        "a keyword-only parameter added": (source.replace("):\n", ", *, _pad=None):\n", 1),
                                           func.__name__),
        "*args added": (source.replace("):\n", ", *_rest):\n", 1), func.__name__),
        "numpy under another alias": (source.replace("np.", "onp."), func.__name__),
        "a string constant respelled": (source.replace('"float64"', '"f8"'), func.__name__),
    }
    for what, (text, name) in variants.items():
        scope = dict(func.__globals__, onp=np)  # the names its defaults use
        exec(compile(text, "<student>", "exec"), scope)  # the copy under test
        got = getattr(scope[name], "__func__", scope[name]).__code__
        assert guard.fingerprint(got) == want, what


def test_a_different_function_over_the_same_names_differs():
    """Same names, arity and length, other arithmetic: not a copy."""
    func = guard.resolve("d2l.selfcheck.ch02.numerical_grad.public.numerical_grad_stand_in")
    source = textwrap.dedent(inspect.getsource(func))
    forward = source.replace("(fu - fd) / (2 * h)", "(fu - fd) / (1 * h)")
    assert forward != source
    other = compiled(forward, func.__name__, func.__globals__)
    assert guard.fingerprint(other) != guard.fingerprint(func.__code__)


def test_short_functions_are_not_fingerprinted():
    """A one-line stand-in compiles like an honest one-line answer: it is watched where it
    is (calling it), not by its fingerprint."""
    qualname = "d2l.selfcheck.ch03.relu.public.relu_stand_in"
    assert guard.watched_codes([qualname])
    assert guard.copied_codes([qualname]) == []


def test_the_book_s_code_is_not_fingerprinted():
    """``BOOK_CODE`` stand-ins are the book's code, which a student may type in."""
    qualname = "d2l.selfcheck.ch10.batchify.public.batchify"
    assert len(guard.resolve(qualname).__code__.co_code) >= guard.MIN_COPY_BYTES
    assert guard.copied_codes([qualname]) == []
