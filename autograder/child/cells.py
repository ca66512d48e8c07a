"""Running notebook cells outside Jupyter: magics, tracebacks, captured output.

Cells run with ``exec`` in one namespace, as a kernel would run them. IPython syntax
(``%matplotlib inline``, ``!pip install``) is turned into calls on a small stand-in for
``get_ipython()`` that ignores what makes no sense in grading.
"""

import ast
import builtins
import linecache
import operator
import os
import sys
import types

CELL_PREFIX = "<cell "
OUTPUT_LIMIT = 20_000

# Magics that just run their code; everything else is ignored with a note.
_RUN_MAGICS = {"time", "timeit", "capture", "prun"}


class Shell:
    """Just enough of IPython's shell for cells that use magics."""

    def __init__(self, namespace):
        self.user_ns = namespace
        self.notes = []

    def run_line_magic(self, name, line, *args, **kwargs):
        if name in _RUN_MAGICS and line.strip():
            return eval_or_exec(line, self.user_ns, f"%{name}")
        self.notes.append(f"%{name} is ignored during grading")
        return None

    def run_cell_magic(self, name, line, cell, *args, **kwargs):
        if name in _RUN_MAGICS:
            exec(compile(cell, f"%%{name}", "exec"), self.user_ns)
            return None
        self.notes.append(f"%%{name} is ignored during grading")
        return None

    def system(self, cmd, *args, **kwargs):
        self.notes.append(f"shell command !{cmd[:60]} is ignored during grading")
        return None

    getoutput = system

    def __getattr__(self, name):
        # Anything else a cell asks of the shell is a harmless no-op.
        return lambda *args, **kwargs: None


def eval_or_exec(source, namespace, filename):
    try:
        code = compile(source, filename, "eval")
    except SyntaxError:
        exec(compile(source, filename, "exec"), namespace)
        return None
    return eval(code, namespace)


def new_namespace():
    """A fresh ``__main__``-like namespace for one submission."""
    ns = {"__name__": "__main__", "__builtins__": builtins}
    shell = Shell(ns)
    ns["get_ipython"] = lambda: shell
    ns["display"] = lambda *objs, **kwargs: None
    return ns


def transform(source):
    """Turn IPython syntax into plain Python (only when the cell uses it)."""
    if "%" not in source and "!" not in source:
        return source
    from IPython.core.inputtransformer2 import TransformerManager

    try:
        return TransformerManager().transform_cell(source)
    except Exception:  # noqa: BLE001 - fall back to compiling the cell as it is
        return source


def cell_filename(index):
    return f"{CELL_PREFIX}{index}>"


def compile_cell(index, source):
    """Compile a cell and register its text so tracebacks can quote lines."""
    name = cell_filename(index)
    code = transform(source)
    linecache.cache[name] = (len(code), None, code.splitlines(True), name)
    return compile(code, name, "exec", dont_inherit=True)


def is_inert(source):
    """True when running the cell cannot loop, crash or take long.

    Such cells only import modules and define functions and classes whose decorators,
    defaults, annotations and bodies (for classes) are plain names and constants. Every
    other cell runs in a process of its own so that a hang or a crash costs only that cell.
    """
    try:
        tree = ast.parse(transform(source))
    except SyntaxError:
        return True  # compiling fails at once; nothing runs
    return all(_inert_stmt(node) for node in tree.body)


def _inert_stmt(node):
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.Pass)):
        return True
    if isinstance(node, ast.Expr):
        return isinstance(node.value, ast.Constant)  # a docstring
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        args = node.args
        exprs = list(node.decorator_list) + args.defaults + [d for d in args.kw_defaults if d]
        exprs += [a.annotation for a in args.args + args.kwonlyargs + args.posonlyargs
                  if a.annotation is not None]
        if node.returns is not None:
            exprs.append(node.returns)
        return all(_simple_expr(e) for e in exprs)
    if isinstance(node, ast.ClassDef):
        exprs = list(node.decorator_list) + node.bases + [k.value for k in node.keywords]
        return all(_simple_expr(e) for e in exprs) and all(_inert_stmt(s) for s in node.body)
    if isinstance(node, ast.Assign):
        return _simple_expr(node.value) and all(_name_target(t) for t in node.targets)
    if isinstance(node, ast.AnnAssign):
        return isinstance(node.target, ast.Name) and (
            node.value is None or _simple_expr(node.value)) and _simple_expr(node.annotation)
    return False


def _name_target(node):
    if isinstance(node, ast.Tuple):
        return all(isinstance(e, ast.Name) for e in node.elts)
    return isinstance(node, ast.Name)


def _simple_expr(node):
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return True
    if isinstance(node, ast.Attribute):
        return _simple_expr(node.value)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return all(_simple_expr(e) for e in node.elts) and len(node.elts) < 1000
    if isinstance(node, ast.UnaryOp):
        return isinstance(node.operand, ast.Constant)
    return False


def traceback_entries(tb, _none=None):
    """``[(filename, line number, function name)]`` of a traceback, outermost first. The
    guard lets this function read frames (``guard.FRAME_READERS``): it reads them with
    attribute lookups only and hands none out."""
    out = []
    while tb is not _none:
        code = tb.tb_frame.f_code
        out.append((code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return out


def describe_exception(exc, limit=12):
    """A student-facing summary of an exception: type, message and the student's frames.

    Only frames from notebook cells are shown; frames from the grader, MXNet or NumPy are
    dropped (the message still says where the error surfaced).
    """
    entries = [e for e in traceback_entries(BaseException.__traceback__.__get__(exc))
               if e[0].startswith(CELL_PREFIX)]
    lines = []
    for filename, lineno, name in entries[-limit:]:
        cell = filename[len(CELL_PREFIX):-1]
        where = f"cell {cell}, line {lineno}"
        if name != "<module>":
            where += f", in {name}"
        line = linecache.getline(filename, lineno).strip()
        lines.append(f"{where}: {line}".rstrip(": "))
    if isinstance(exc, SyntaxError) and exc.filename and exc.filename.startswith(CELL_PREFIX):
        cell = exc.filename[len(CELL_PREFIX):-1]
        lines.append(f"cell {cell}, line {exc.lineno}: {(exc.text or '').strip()}")
    return {
        "type": type(exc).__name__,
        "message": short_message(exc),
        "traceback": lines,
    }


def short_message(exc, limit=1500):
    """The exception's message without MXNet's C++ stack trace."""
    if isinstance(exc, SystemExit):
        return f"the code called sys.exit({exc.code!r})"
    if isinstance(exc, SyntaxError):
        text = f"{exc.msg}"
    else:
        try:
            text = str(exc)
        except Exception:  # noqa: BLE001 - a hostile __str__
            text = ""
    for marker in ("\nStack trace:", "\n\nStack trace", "\nStack trace returned"):
        text = text.split(marker)[0]
    # MXNet prefixes its messages with a C++ traceback ("Traceback ...", '  File "../src/..."')
    lines = [line for line in text.splitlines()
             if not line.startswith(("Traceback (most recent call last)", '  File "'))]
    text = "\n".join(lines).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


def binding(namespace, name):
    """What ``name`` is bound to, as the objects that decide what calling it does: a
    function with its code and defaults, or a class with its bases, its attributes and
    its methods' code. Compared by identity (:func:`same_binding`) after the later cells
    ran, it tells whether an answer cell's stub is still what the name runs. None for
    anything else."""
    obj = namespace.get(name)
    if isinstance(obj, types.FunctionType):
        return (obj, obj.__code__, obj.__defaults__, obj.__kwdefaults__)
    if isinstance(obj, type):
        parts = [obj, *obj.__bases__]
        for key, value in vars(obj).items():
            func = getattr(value, "__func__", value)
            parts += [key, value, getattr(func, "__code__", None)]
        return tuple(parts)
    return None


def same_binding(before, after):
    return (before is not None and after is not None and len(before) == len(after)
            and all(map(operator.is_, before, after)))


class Capture:
    """Redirect ``sys.stdout``/``sys.stderr`` and file descriptors 1 and 2 to one file."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        sys.stdout.flush()
        sys.stderr.flush()
        self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self.saved_fds = os.dup(1), os.dup(2)
        os.dup2(self.fd, 1)
        os.dup2(self.fd, 2)
        self.saved = sys.stdout, sys.stderr
        sys.stdout = open(1, "w", closefd=False, errors="replace")
        sys.stderr = open(2, "w", closefd=False, errors="replace")
        return self

    def __exit__(self, *exc):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - the student may have closed it
                pass
        sys.stdout, sys.stderr = self.saved
        for fd, saved in zip((1, 2), self.saved_fds):
            os.dup2(saved, fd)
            os.close(saved)
        os.close(self.fd)
        return False

    def text(self, limit=OUTPUT_LIMIT):
        try:
            with open(self.path, "rb") as f:
                data = f.read(limit + 1)
        except OSError:
            return ""
        text = data[:limit].decode("utf-8", "replace")
        return text + ("\n... (output truncated)" if len(data) > limit else "")
