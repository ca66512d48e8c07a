"""The static scan: honest code is never flagged; reaching into the grader always is."""

from pathlib import Path

import pytest

from autograder import samples, tamper

from .conftest import REPO

CORPUS = Path(__file__).resolve().parent / "submissions"


def honest_sources():
    for path in sorted(CORPUS.glob("*/*_100.py")):
        yield path.name, path.read_text()
    for name, code in samples.solutions(REPO, "ch03").items():
        yield f"solution {name}", code


@pytest.mark.parametrize("name, source", list(honest_sources()), ids=lambda x: str(x)[:40])
def test_honest_code_is_not_flagged(name, source):
    assert tamper.scan(source) == []


@pytest.mark.parametrize("source, kind", [
    ("import mxnet as mx\nmx.profiler.set_state('stop')", "internals"),
    ("from mxnet import profiler", "internals"),
    ("f.__closure__[0].cell_contents", "internals"),
    ("import ctypes", "internals"),
    ("from mxnet.base import _LIB", "internals"),
    ("import sys\nsys.modules['x'] = 1", "dynamic"),
    ("import sys\nsys.setprofile(None)", "internals"),
    ("x = 'mxnet.profiler'", "internals"),
    ("x = b'__closure__'", "internals"),
    ("import builtins\nbuiltins.abs = len", "internals"),
    ("from autograder.references import ch03", "internals"),
    ("eval('1 + 1')", "dynamic"),
    ("exec(code)", "dynamic"),
    ("getattr(mx, 'pro' + 'filer')", "dynamic"),
    ("vars(mx)['x']", "dynamic"),
    ("mx.__dict__", "dynamic"),
    ("import importlib", "dynamic"),
    ("import pickle", "dynamic"),
    ("__import__('os')", "dynamic"),
])
def test_reaching_into_the_grader_is_flagged(source, kind):
    findings = tamper.scan(source)
    assert findings and findings[0].kind == kind


def test_constant_getattr_magics_and_module_checks_are_fine():
    source = ("getattr(net, 'weight')\n%matplotlib inline\nx = globals()\n"
              "import sys\nIN_COLAB = 'google.colab' in sys.modules")
    assert tamper.scan(source) == []
