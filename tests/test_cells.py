"""Running cells outside Jupyter: which cells need a process of their own, magics, errors."""

import pytest

from autograder.child import cells


@pytest.mark.parametrize("source", [
    "import numpy as np\nfrom mxnet import nd",
    "def f(x, y=1, *, z=None) -> int:\n    while True: pass",
    "class A:\n    '''doc'''\n    x = 1\n    def f(self): return 1",
    "num_inputs, num_outputs = 784, 10",
    "@staticmethod\ndef g(): pass",
    "def broken(:",  # fails to compile at once: nothing runs
])
def test_inert_cells(source):
    assert cells.is_inert(source)


@pytest.mark.parametrize("source", [
    "while True: pass",
    "x = f()",
    "print('hi')",
    "def f(x=compute()): pass",
    "@decorate()\ndef f(): pass",
    "class A:\n    while True: pass",
    "import os\nos._exit(0)",
    "%timeit 1 + 1",
])
def test_cells_that_run_code_are_isolated(source):
    assert not cells.is_inert(source)


def test_magics_become_calls_on_the_shell_stand_in():
    ns = cells.new_namespace()
    code = cells.compile_cell(1, "%matplotlib inline\n!pip install x\nx = 41\n%time y = x + 1")
    exec(code, ns)
    assert ns["y"] == 42
    notes = ns["get_ipython"]().notes
    assert any("%matplotlib" in n for n in notes) and any("pip" in n for n in notes)


def test_tracebacks_show_only_the_students_frames():
    ns = cells.new_namespace()
    exec(cells.compile_cell(3, "import numpy as np\ndef f(x):\n    return np.reshape(x, (5,))"), ns)
    try:
        ns["f"]([1, 2])
    except Exception as exc:  # noqa: BLE001
        info = cells.describe_exception(exc)
    assert info["type"] == "ValueError"
    assert info["traceback"] == ["cell 3, line 3, in f: return np.reshape(x, (5,))"]


def test_syntax_errors_name_the_line():
    try:
        cells.compile_cell(7, "x = 1\ndef f(:\n")
    except SyntaxError as exc:
        info = cells.describe_exception(exc)
    assert info["type"] == "SyntaxError" and "cell 7, line 2" in info["traceback"][-1]


def test_mxnet_stack_traces_are_trimmed():
    exc = RuntimeError("Check failed: shape mismatch\nStack trace:\n  [bt] (0) libmxnet.so")
    assert cells.short_message(exc) == "Check failed: shape mismatch"
    assert "sys.exit(3)" in cells.short_message(SystemExit(3))
