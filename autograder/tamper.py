"""A static look at the student's own cells for code that reaches into the grader.

The child watches which MXNet operators a student's function runs from inside the student's
process, so code that switches MXNet's profiler off, unwraps the grader's watchers or calls
MXNet's C library directly could hide a forbidden call. None of that is needed to solve an
exercise, so the parent (trusted) reads every cell the student wrote and reports:

* ``internals``: names of the grader's and MXNet's machinery (the profiler, ctypes, frames,
  closures, tracing hooks, private MXNet modules), as identifiers, attributes, imports or
  inside string constants;
* ``dynamic``: code that builds names or code at run time (``eval``, ``exec``, ``compile``,
  ``__import__``, ``importlib``, ``runpy``, ``pickle``, ``getattr`` with a computed name,
  ``vars(obj)``, ``__dict__``, ``inspect``), which would let the first kind hide from
  this scan.

Machinery findings zero every exercise: such code acts on the whole process the exercises
are checked in. A dynamic finding zeroes the exercise whose answer cell holds it, or every
exercise when it is in a cell the student added.
"""

import ast
from dataclasses import dataclass

INTERNAL_NAMES = frozenset({
    "profiler", "_LIB", "ctypes", "_ctypes", "cffi", "_cy3", "_ffi", "_api_internal",
    "_imperative_invoke", "_internal", "__closure__", "cell_contents", "__wrapped__",
    "__code__", "__globals__", "__builtins__", "builtins", "f_back", "f_globals", "f_locals",
    "f_code", "gi_frame", "tb_frame", "_getframe", "setprofile", "settrace", "getprofile",
    "gettrace", "get_objects", "get_referrers", "get_referents", "harness", "runner",
    "OpTrace", "watched_calls", "watch_functions", "STAND_INS", "_recording",
})
INTERNAL_MODULES = frozenset({"ctypes", "_ctypes", "cffi", "gc", "builtins", "mxnet.base",
                              "mxnet.profiler", "mxnet.library", "child", "autograder"})
DYNAMIC_MODULES = frozenset({"importlib", "inspect", "runpy", "pickle", "marshal", "code",
                             "codeop", "dill"})
DYNAMIC_CALLS = frozenset({"eval", "exec", "compile", "__import__", "attrgetter",
                           "methodcaller"})
NAME_CALLS = frozenset({"getattr", "setattr", "delattr", "hasattr"})


@dataclass
class Finding:
    kind: str  # internals | dynamic
    line: int
    what: str

    def describe(self):
        return f"line {self.line}: {self.what}"


def scan(source):
    """Findings in one cell's source (IPython syntax is tolerated: unparsable cells are
    left to fail when they run)."""
    from .child.cells import transform

    try:
        tree = ast.parse(transform(source))
    except (SyntaxError, ValueError):
        return []
    # `"google.colab" in sys.modules` only asks what is loaded: that is fine.
    _membership_tests.clear()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant) and all(
                isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
            _membership_tests.update(id(c) for c in node.comparators)
    found = []
    for node in ast.walk(tree):
        found.extend(_check(node))
    return sorted(found, key=lambda f: f.line)


_membership_tests = set()


def _check(node):
    line = getattr(node, "lineno", 0)
    if isinstance(node, ast.Name) and node.id in INTERNAL_NAMES:
        yield Finding("internals", line, f"uses `{node.id}`")
    elif isinstance(node, ast.Attribute):
        if node.attr in INTERNAL_NAMES:
            yield Finding("internals", line, f"uses `.{node.attr}`")
        elif node.attr == "modules" and isinstance(node.value, ast.Name) and \
                node.value.id == "sys" and id(node) not in _membership_tests:
            yield Finding("dynamic", line, "uses `sys.modules`")
        elif node.attr in ("__dict__", "__getattribute__"):
            yield Finding("dynamic", line, f"uses `.{node.attr}`")
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        names = [a.name for a in node.names]
        modules = names if isinstance(node, ast.Import) else [node.module or ""]
        for module in modules:
            if _internal_module(module):
                yield Finding("internals", line, f"imports `{module}`")
            elif module.split(".")[0] in DYNAMIC_MODULES:
                yield Finding("dynamic", line, f"imports `{module}`")
        if isinstance(node, ast.ImportFrom):
            for name in names:
                if name in INTERNAL_NAMES or _internal_module(f"{node.module}.{name}"):
                    yield Finding("internals", line, f"imports `{name}` from `{node.module}`")
    elif isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        text = node.value if isinstance(node.value, str) else node.value.decode("latin-1")
        hits = sorted(n for n in INTERNAL_NAMES if len(n) > 4 and n in text)
        if hits:
            yield Finding("internals", line, f"names `{hits[0]}` in a string")
    elif isinstance(node, ast.Call):
        name = _called_name(node.func)
        if name in DYNAMIC_CALLS:
            yield Finding("dynamic", line, f"calls `{name}`")
        elif name in NAME_CALLS and len(node.args) >= 2 and not (
                isinstance(node.args[1], ast.Constant)):
            yield Finding("dynamic", line, f"calls `{name}` with a computed name")
        elif name == "vars" and node.args:
            yield Finding("dynamic", line, "calls `vars(...)`")


def _internal_module(module):
    return any(module == m or module.startswith(m + ".") for m in INTERNAL_MODULES) or any(
        part in INTERNAL_NAMES for part in module.split("."))


def _called_name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def message(findings, cell_index):
    first = findings[0]
    reason = ("reaches into the grader's or MXNet's machinery" if first.kind == "internals"
              else "builds names or code at run time")
    where = f"cell {cell_index}" if cell_index else "a cell"
    return (f"the code {reason} ({where}, {first.describe()}); answers must be written "
            "directly, without eval/exec, computed attribute names or MXNet internals")
