"""Judge integrity, attack by attack: what student code does inside its own process cannot
hide a built-in, forge an answer or reach the next submission.

Each class of attack has several variants written independently of each other; the
whole-notebook variants (and the class-grading run with an attacker among honest
classmates) are in tests/submissions/*/cheat_* and test_classgrade.py.
"""

import os

import numpy as np
import pytest

from autograder.child import seccomp
from autograder.sandbox import ChannelViolation, Sandbox, bwrap_works

from .conftest import settings

MODES = ["bwrap", "none"] if bwrap_works() else ["none"]
X = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]], dtype="float32")


@pytest.fixture(params=MODES)
def sandbox(request):
    with Sandbox(settings(sandbox=request.param, cell_timeout=5.0, call_timeout=5.0)) as sb:
        yield sb


@pytest.fixture
def guarded():
    """One sandbox, in the strongest mode here: for what the guard does in the submission's
    own process, which is the same in every mode."""
    with Sandbox(settings(sandbox=MODES[0], cell_timeout=5.0, call_timeout=5.0)) as sb:
        yield sb


def _nd():
    from autograder.child.wire import NDArrayValue

    return NDArrayValue


def load(sandbox, *sources, watch=()):
    cells = [{"index": i, "source": s} for i, s in enumerate(sources)]
    return sandbox.run_cells("attack", cells, watch)


def names(reply):
    return {n.strip("[]") for n in reply["ops"]}


# --- 1. work in another process ------------------------------------------------------

PROCESS_ATTACKS = {
    "fork_pipe": """
import os, pickle
from mxnet import nd
def softmax(X):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.write(w, pickle.dumps(nd.softmax(X).asnumpy())); os._exit(0)
    os.waitpid(pid, 0)
    return nd.array(pickle.loads(os.read(r, 1 << 20)))
""",
    "subprocess_python": """
import subprocess, sys, json
from mxnet import nd
def softmax(X):
    code = "import sys, json, mxnet as mx; x = mx.nd.array(json.load(sys.stdin)); " \\
           "print(json.dumps(mx.nd.softmax(x).asnumpy().tolist()))"
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(X.asnumpy().tolist()),
                         capture_output=True, text=True, check=True).stdout
    return nd.array(json.loads(out))
""",
    "multiprocessing_pool": """
import multiprocessing as mp
from mxnet import nd
def _work(rows):
    import mxnet as mx
    return mx.nd.softmax(mx.nd.array(rows)).asnumpy()
def softmax(X):
    with mp.get_context("fork").Pool(1) as pool:
        return nd.array(pool.apply(_work, (X.asnumpy(),)))
""",
    "posix_spawn_shell": """
import os
from mxnet import nd
def softmax(X):
    os.posix_spawn("/bin/sh", ["sh", "-c", "echo hi > /tmp/spawned"], {})
    return nd.softmax(X) * 0 + nd.array(open("/tmp/spawned").read() and X.asnumpy())
""",
}


@pytest.mark.parametrize("attack", sorted(PROCESS_ATTACKS))
def test_no_process_can_be_created(sandbox, attack):
    if not seccomp.supported():
        pytest.skip("no seccomp filter for this architecture")
    load(sandbox, PROCESS_ATTACKS[attack])
    reply = sandbox.call("softmax", [X.view(_nd())])
    assert not reply["ok"] and "not permitted" in reply["error"]["message"].lower(), reply


def test_threads_still_work_and_are_watched(sandbox):
    load(sandbox, """
import threading
from mxnet import nd
def softmax(X):
    out = []
    t = threading.Thread(target=lambda: out.append(nd.softmax(X)))
    t.start(); t.join()
    return out[0]
""")
    reply = sandbox.call("softmax", [X.view(_nd())])
    assert reply["ok"] and "softmax" in names(reply)


def test_a_watched_function_in_a_thread_is_seen(sandbox):
    load(sandbox, """
import threading
import mxnet as mx
from mxnet import nd
def accuracy(y_hat, y):
    m = mx.metric.Accuracy()
    t = threading.Thread(target=m.update, args=([y], [y_hat]))
    t.start(); t.join()
    return m.get()[1]
""", watch=["mxnet.metric.Accuracy.update"])
    y_hat = np.array([[0.1, 0.9], [0.8, 0.2]], dtype="float32").view(_nd())
    y = np.array([1, 1], dtype="float32").view(_nd())
    reply = sandbox.call("accuracy", [y_hat, y])
    assert "mxnet.metric.Accuracy.update" in reply["ops"], reply["ops"]


def test_a_thread_started_behind_threading_s_back_is_reported(sandbox):
    load(sandbox, """
import _thread, time
import mxnet as mx
def accuracy(y_hat, y):
    m, done = mx.metric.Accuracy(), []
    _thread.start_new_thread(lambda: (m.update([y], [y_hat]), done.append(1)), ())
    while not done:
        time.sleep(0.01)
    return m.get()[1]
""", watch=["mxnet.metric.Accuracy.update"])
    y_hat = np.array([[0.1, 0.9], [0.8, 0.2]], dtype="float32").view(_nd())
    y = np.array([1, 1], dtype="float32").view(_nd())
    assert "(threads)" in sandbox.call("accuracy", [y_hat, y])["ops"]


@pytest.mark.parametrize("how", ["threading_setprofile_none", "profile_hook_replaced"])
def test_a_thread_without_the_profile_function_is_reported(sandbox, how):
    change = {"threading_setprofile_none": "threading.setprofile(None)",
              "profile_hook_replaced": "threading._profile_hook = lambda *a: None"}[how]
    load(sandbox, f"""
import threading
import mxnet as mx
def accuracy(y_hat, y):
    {change}
    m = mx.metric.Accuracy()
    t = threading.Thread(target=m.update, args=([y], [y_hat]))
    t.start(); t.join()
    return m.get()[1]
""", watch=["mxnet.metric.Accuracy.update"])
    y_hat = np.array([[0.1, 0.9], [0.8, 0.2]], dtype="float32").view(_nd())
    y = np.array([1, 1], dtype="float32").view(_nd())
    ops = sandbox.call("accuracy", [y_hat, y])["ops"]
    assert "(threads)" in ops or "mxnet.metric.Accuracy.update" in ops, ops


def test_the_watch_list_cannot_be_emptied_through_a_comparison(sandbox):
    load(sandbox, """
import sys
import mxnet as mx
class Grab:
    def __eq__(self, other):
        for attr in ("clear",):
            getattr(other, attr, lambda: None)()
        return False
    __hash__ = None
def accuracy(y_hat, y):
    for value in sys.getprofile().__defaults__:
        try:
            value == Grab()
        except Exception:
            pass
    m = mx.metric.Accuracy()
    m.update([y], [y_hat])
    return m.get()[1]
""", watch=["mxnet.metric.Accuracy.update"])
    y_hat = np.array([[0.1, 0.9], [0.8, 0.2]], dtype="float32").view(_nd())
    y = np.array([1, 1], dtype="float32").view(_nd())
    assert "mxnet.metric.Accuracy.update" in sandbox.call("accuracy", [y_hat, y])["ops"]


def test_operators_inside_a_custom_operator_are_seen(sandbox):
    load(sandbox, """
import mxnet as mx
from mxnet import nd
class Soft(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], nd.softmax(in_data[0]))
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0])
@mx.operator.register("sm_custom")
class SoftProp(mx.operator.CustomOpProp):
    def list_arguments(self):
        return ["data"]
    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []
    def create_operator(self, ctx, shapes, dtypes):
        return Soft()
def softmax(X):
    return nd.Custom(X, op_type="sm_custom")
""")
    assert "softmax" in names(sandbox.call("softmax", [X.view(_nd())]))


def test_libc_through_libmxnet_s_handle_is_refused(sandbox):
    load(sandbox, """
import ctypes, mxnet as mx
from mxnet import nd
def softmax(X):
    L = mx.base._LIB
    L.dlsym.restype = ctypes.c_void_p
    stop = L.dlsym(L._handle, b"MXSetProcessProfilerState")
    ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_int, ctypes.c_void_p)(stop)(0, 0, None)
    return nd.softmax(X)
""")
    reply = sandbox.call("softmax", [X.view(_nd())])
    assert not reply["ok"] and "not available" in reply["error"]["message"], reply


def test_the_recorder_never_runs_student_code(sandbox):
    """gc callbacks and signal handlers would run inside the recorder, where its frame (and
    the key) is on the stack."""
    load(sandbox, """
import gc, sys
from mxnet import nd
found = []
def look(*args):
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "recorder":
            found.append(frame.f_locals)
        frame = frame.f_back
gc.callbacks.append(look)
gc.set_threshold(1)
def softmax(X):
    for _ in range(50):
        sys.audit("d2l.thread")
    return nd.exp(X) if not found else X * 0
""")
    reply = sandbox.call("softmax", [X.view(_nd())])
    assert reply["ok"] and reply["value"].max() > 0, "the recorder's frame was seen"


def test_signal_modules_cannot_be_imported_again(sandbox):
    results = load(sandbox, "import sys\ndel sys.modules['_signal']\nimport _signal\n"
                            "_signal.signal(14, lambda *a: None)\n",
                   "import importlib, _signal\nimportlib.reload(_signal)\n"
                   "_signal.signal(14, lambda *a: None)\n")
    for result in results:
        assert result["status"] == "error", result


def test_signal_handlers_are_refused(sandbox):
    """Python runs signal handlers between any two bytecodes, the guard's too."""
    results = load(sandbox, "import signal\nsignal.signal(signal.SIGALRM, lambda *a: None)\n",
                   "import _signal\n_signal.signal(2, lambda *a: None)\n")
    for result in results:
        assert result["status"] == "error" and "not available" in result["error"]["message"]


# --- 2. switching the record off or blinding it from inside --------------------------

BLINDING_ATTACKS = {
    "profiler_stop": """
import mxnet as mx
def softmax(X):
    mx.profiler.set_state("stop")
    out = mx.nd.softmax(X)
    mx.profiler.set_state("run")
    return out
""",
    "profiler_pause_aliased": """
import mxnet as mx
p = getattr(mx, "prof" + "iler")
def softmax(X):
    getattr(p, "pa" + "use")()
    out = mx.nd.softmax(X)
    getattr(p, "res" + "ume")()
    return out
""",
    "dumps_reset_after": """
from mxnet import nd, profiler as prf
def softmax(X):
    out = nd.softmax(X)
    out.wait_to_read()
    prf.dumps(reset=True)
    return out
""",
    "lib_direct_under_another_name": """
import importlib, ctypes
base = importlib.import_module("mxnet.base")
lib = vars(base)["_" + "LIB"]
from mxnet import nd
def softmax(X):
    fn = getattr(lib, "MXSetProcess" + "ProfilerState")
    fn(ctypes.c_int(0), ctypes.c_int(0), None)
    return nd.softmax(X)
""",
    "second_handle_on_libmxnet": """
import ctypes, mxnet
from mxnet import nd
lib = ctypes.CDLL(mxnet.base._LIB._name)
def softmax(X):
    lib.MXSetProcessProfilerState(0, 0, None)
    return nd.softmax(X)
""",
    "module_written_at_run_time": """
open("helper.py", "w").write("import mxnet as m\\nstop = lambda: m.profiler.set_state('stop')\\n")
import helper
from mxnet import nd
def softmax(X):
    helper.stop()
    return nd.softmax(X)
""",
    "find_the_guard_with_gc": """
import gc
from mxnet import nd
def softmax(X):
    for obj in gc.get_objects():
        pass
    return nd.softmax(X) * 0 + X
""",
    "replace_sys_audit": """
import sys
from mxnet import nd
sys.audit = lambda *args: None
def softmax(X):
    return nd.softmax(X)
""",
    "settrace_to_catch_the_guard": """
import sys
from mxnet import nd
frames = []
sys.settrace(lambda frame, event, arg: frames.append(frame))
def softmax(X):
    return nd.softmax(X)
""",
    "other_threads_frames": """
import sys, threading
from mxnet import nd
def softmax(X):
    seen = []
    t = threading.Thread(target=lambda: seen.append(sys._current_frames()))
    t.start(); t.join()
    return nd.softmax(X)
""",
    "an_audit_hook_of_its_own": """
import sys
from mxnet import nd
sys.addaudithook(lambda event, args: None)
def softmax(X):
    return nd.softmax(X)
""",
    "setprofile_off": """
import sys
from mxnet import nd
def softmax(X):
    sys.setprofile(None)
    return nd.softmax(X)
""",
}


@pytest.mark.parametrize("attack", sorted(BLINDING_ATTACKS))
def test_the_record_cannot_be_blinded(sandbox, attack):
    """Each attempt is refused where it is made (the student's code fails there) or is
    tampering; never does the built-in pass unseen."""
    load(sandbox, BLINDING_ATTACKS[attack])
    try:
        reply = sandbox.call("softmax", [X.view(_nd())])
    except ChannelViolation:
        return
    assert not reply["ok"] or "softmax" in names(reply), reply


GRADER_MODULE = """
import sys
def grader(name):  # the judge's module as the submission's process imported it
    return next(m for n, m in list(sys.modules.items()) if n.endswith("child." + name))
"""
HARNESS_PATCHES = {
    "module_attribute": """
H = grader("harness")
H._materialize = lambda value, limit: 42
""",
    "through_sys_modules": """
import sys
W = sys.modules[grader("wire").__name__]
_encode = W.encode
vars(W)["encode"] = lambda *args, **kwargs: _encode(*args, **kwargs)
""",
    "replaced_module": """
import sys, types
name = grader("harness").__name__
sys.modules[name] = types.ModuleType(name)
""",
    "deleted_name": """
C = grader("cells")
del C.describe_exception
""",
    "a_builtin": """
import builtins
_isinstance = isinstance
builtins.isinstance = lambda obj, kind: _isinstance(obj, kind)
""",
    "the_clock": """
import time
time.perf_counter = lambda: 0.0
""",
    "a_public_module": """
import d2l.selfcheck.ch02.numerical_grad.public as P
P.cubic = lambda x: x
""",
    "a_key_that_compares_equal": """
H = grader("harness")
class Name(str):
    def __hash__(self):
        return hash("_materialize")
    def __eq__(self, other):
        return False
vars(H)[Name("_materialize")] = 1
""",
}


@pytest.mark.parametrize("attack", sorted(HARNESS_PATCHES))
def test_changing_the_grader_s_modules_is_tampering(guarded, attack):
    """Whatever in the grader's own modules (and the clock and builtins they rely on) a
    submission rebinds, deletes or replaces is tampering, seen at the next record."""
    import d2l.selfcheck.ch02.numerical_grad.public  # noqa: F401 - imported where armed

    load(guarded, "from mxnet import nd\ndef softmax(X):\n    return X\n", GRADER_MODULE,
         HARNESS_PATCHES[attack], watch=["d2l.selfcheck.ch02.numerical_grad.public.cubic"])
    with pytest.raises(ChannelViolation, match="grader's code was changed|tampered"):
        guarded.call("softmax", [X.view(_nd())])


def test_the_grader_s_functions_cannot_be_changed(guarded):
    """Their code and defaults are refused where the change is made."""
    load(guarded, GRADER_MODULE, """
H = grader("harness")
refused = []
for change in (lambda: setattr(H._materialize, "__code__", (lambda v, l: 42).__code__),
               lambda: setattr(H.call, "__defaults__", (1,)),
               lambda: delattr(H.to_mx, "__defaults__")):
    try:
        change()
    except PermissionError as exc:
        refused.append(str(exc))
def softmax(X):
    return len(refused)
""")
    assert guarded.call("softmax", [X.view(_nd())])["value"] == 3


@pytest.mark.parametrize("change", ['setattr(C.Capture, "text", lambda self, n: "")',
                                    'delattr(H._recording_scope, "__enter__")'])
def test_changing_the_grader_s_classes_is_tampering(guarded, change):
    """Class attributes change without an audit event: the record sees them."""
    load(guarded, GRADER_MODULE, f"""
H, C = grader("harness"), grader("cells")
{change}
def softmax(X):
    return X
""")
    with pytest.raises(ChannelViolation, match="grader's code was changed"):
        guarded.call("softmax", [X.view(_nd())])


FRAME_ATTACKS = {
    "getframe": "frame = sys._getframe()",
    "inspect_stack": "frame = inspect.stack()[0].frame",
    "currentframe": "frame = inspect.currentframe()",
    "traceback": "try:\n        1 / 0\n    except ZeroDivisionError as e:\n"
                 "        frame = e.__traceback__.tb_frame",
    "exc_info": "try:\n        {}['x']\n    except KeyError:\n"
                "        frame = sys.exc_info()[2].tb_frame",
    "running_generator": "def gen():\n        yield\n    g = gen()\n    next(g)\n"
                         "    frame = g.gi_frame",
    "generator_frame_kept_from_a_cell": "frame = KEPT.gi_frame",
    "coroutine": "async def co():\n        pass\n    c = co()\n    frame = c.cr_frame\n"
                 "    c.close()",
    "extract_stack": "frame = traceback.extract_stack()",
}


@pytest.mark.parametrize("attack", sorted(FRAME_ATTACKS))
def test_no_frame_reaches_student_code(guarded, attack):
    """From any frame, f_back leads to the grader's frames above the student's call (the
    harness holds the request's nonce, a probe its verdict): every way to a frame is
    refused where it is asked for."""
    load(guarded, f"""
import inspect, sys, traceback
def _kept():
    yield
KEPT = _kept()
def softmax(X):
    {FRAME_ATTACKS[attack]}
    while frame is not None:  # up to the grader's frames
        if "nonce" in frame.f_locals:
            return "reached the harness"
        frame = frame.f_back
    return "no grader frame"
""")
    reply = guarded.call("softmax", [X.view(_nd())])
    assert not reply["ok"], reply
    assert reply["error"]["type"] == "PermissionError", reply["error"]
    assert "frames" in reply["error"]["message"]


def test_what_honest_code_asks_of_frames_still_works(guarded):
    """namedtuple, TypeVar and logging read their caller's frame themselves; a failing
    cell's traceback is still shown line by line."""
    load(guarded, """
import collections, logging, typing
def softmax(X):
    Point = collections.namedtuple("Point", "x y")
    T = typing.TypeVar("T")
    logging.getLogger("mine").warning("a warning")
    return Point(1, 2).y
def broken(X):
    return helper(X)
def helper(X):
    raise ValueError("deliberately")
""")
    assert guarded.call("softmax", [X.view(_nd())])["value"] == 2
    error = guarded.call("broken", [X.view(_nd())])["error"]
    assert error["traceback"] == ["cell 0, line 9, in broken: return helper(X)",
                                  'cell 0, line 11, in helper: raise ValueError("deliberately")']


def test_replacing_json_loads_changes_nothing(sandbox):
    load(sandbox, """
import json
from mxnet import nd
json.loads = lambda *a, **k: {}
def softmax(X):
    return nd.softmax(X)
""")
    assert "softmax" in names(sandbox.call("softmax", [X.view(_nd())]))


@pytest.mark.parametrize("how", ["reimport", "reload", "copied_code"])
def test_fresh_copies_of_watched_functions_are_seen(sandbox, how):
    fresh = {
        "reimport": "for k in [k for k in sys.modules if k.startswith('mxnet.metric')]:\n"
                    "    del sys.modules[k]\nimport mxnet.metric as M\n",
        "reload": "import importlib, mxnet.metric\nM = importlib.reload(mxnet.metric)\n",
        "copied_code": "import types, mxnet\nclass M:\n    class Accuracy(mxnet.metric.Accuracy):\n"
                       "        update = types.FunctionType(mxnet.metric.Accuracy.update.__code__,"
                       " vars(mxnet.metric))\n",
    }[how]
    load(sandbox, "import sys\n" + fresh + """
def accuracy(y_hat, y):
    m = M.Accuracy()
    m.update([y], [y_hat])
    return m.get()[1]
""", watch=["mxnet.metric.Accuracy.update"])
    y_hat = np.array([[0.1, 0.9], [0.8, 0.2]], dtype="float32").view(_nd())
    y = np.array([1, 1], dtype="float32").view(_nd())
    try:
        ops = sandbox.call("accuracy", [y_hat, y])["ops"]
    except ChannelViolation as exc:  # reimporting rebinds mxnet.metric: the snapshot sees it
        assert how == "reimport" and "mxnet.metric" in str(exc)
        return
    assert "mxnet.metric.Accuracy.update" in ops


GRADER_COPIES = {
    "exec_of_its_source": "import inspect\nexec(inspect.getsource(P.numerical_grad_stand_in)"
                          ".replace('numerical_grad_stand_in', 'mine'),\n"
                          "     ns := vars(P) | globals())\n"
                          "mine = ns['mine']\n",
    "read_from_its_file": "src = open(P.__file__).read()\n"
                          "src = src[src.index('def numerical_grad_stand_in'):]\n"
                          "src = src[:src.index('STAND_IN =')]\n"
                          "exec(compile('import numpy as np\\n' + src, 'mine.py', 'exec'), "
                          "g := dict(vars(P)))\nmine = g['numerical_grad_stand_in']\n",
    "function_from_its_code": "import types\nmine = types.FunctionType("
                              "P.numerical_grad_stand_in.__code__, vars(P), 'mine', (1e-3,))\n",
}


@pytest.mark.parametrize("how", sorted(GRADER_COPIES))
def test_copies_of_the_grader_s_code_are_seen(guarded, how):
    """The grader's own functions (public modules) are watched in any copy: imported, run
    from a copy of their source, rebuilt from their code object."""
    watched = "d2l.selfcheck.ch02.numerical_grad.public.numerical_grad_stand_in"
    load(guarded, "import d2l.selfcheck.ch02.numerical_grad.public as P\n"
         + GRADER_COPIES[how] + """
from mxnet import nd
def numerical_grad(x):
    return mine(lambda v: (v ** 2).sum(), x, 0.01)
""", watch=[watched])
    reply = guarded.call("numerical_grad", [X.view(_nd())])
    assert reply["ok"], reply
    np.testing.assert_allclose(reply["value"], 2 * X, rtol=1e-2)
    assert watched in reply["ops"]


def test_code_objects_cannot_be_rebuilt(guarded):
    """``code.replace`` (a copy with another file or line) is refused like code.__new__."""
    load(guarded, """
import d2l.selfcheck.ch02.numerical_grad.public as P
def numerical_grad(x):
    P.numerical_grad_stand_in.__code__.replace(co_filename="mine.py")
""")
    reply = guarded.call("numerical_grad", [X.view(_nd())])
    assert not reply["ok"] and "code.__new__" in reply["error"]["message"], reply


def test_a_record_sealed_early_does_not_pass(sandbox):
    """The student's code seals a record of its own before the forbidden call and makes the
    harness send that one: the next record shows the gap and what ran after."""
    load(sandbox, """
import sys, glob, os
from mxnet import nd
import child.harness as h
def softmax(X):
    newest = max(glob.glob('/tmp/judge/.io-*/c*') + glob.glob('../.io-*/c*'), key=os.path.getmtime)
    import child.wire as w
    header, _ = w.read_frame(open(newest, 'rb'))
    early = h._seal(header['nonce'])
    h._seal = lambda nonce: early
    return nd.softmax(X)
""")
    with pytest.raises(ChannelViolation):
        sandbox.call("softmax", [X.view(_nd())])


# --- 4. forging answers and events ---------------------------------------------------

FORGERY_ATTACKS = {
    "garbage_on_every_fd": """
import os
def softmax(X):
    for fd in range(3, 64):
        try:
            os.write(fd, b"D2LJ" + b"\\x00" * 40)
        except OSError:
            pass
    return X
""",
    "reply_file_to_dev_zero": """
import os, glob
def softmax(X):
    for path in glob.glob('../.io-*/r*') + glob.glob('/tmp/judge/.io-*/r*'):
        try:
            os.unlink(path)
            os.symlink('/dev/zero', path)
        except OSError:
            pass
    return X
""",
    "reply_file_to_fifo": """
import os, glob
def softmax(X):
    for path in glob.glob('../.io-*/r*') + glob.glob('/tmp/judge/.io-*/r*'):
        try:
            os.unlink(path)
            os.mkfifo(path)
        except OSError:
            pass
    return X
""",
}


@pytest.mark.parametrize("attack", sorted(FORGERY_ATTACKS))
def test_forged_answers_break_only_the_forger(sandbox, attack):
    load(sandbox, FORGERY_ATTACKS[attack])
    try:
        reply = sandbox.call("softmax", [X.view(_nd())])
    except ChannelViolation:
        pass
    else:  # the submission's process holds its own pipe to the supervisor: writing there is seen
        assert attack != "garbage_on_every_fd", reply
        # as root the files cannot be replaced (the answer is the student's own value);
        # as the same uid a sabotaged channel costs the forger that call
        assert reply["ok"] or reply["status"] in ("crashed", "error"), reply
    sandbox.close()
    sandbox.start()
    load(sandbox, "from mxnet import nd\ndef softmax(X):\n    return nd.exp(X)\n")
    reply = sandbox.call("softmax", [X.view(_nd())])
    np.testing.assert_allclose(reply["value"], np.exp(X), rtol=1e-6)


# --- 5. unbounded reads ----------------------------------------------------------------

def test_a_huge_result_is_refused_without_being_converted(sandbox):
    load(sandbox, "import numpy as np\ndef big():\n    return np.ones(255 << 20, dtype=bool)\n")
    reply = sandbox.call("big")
    assert not reply["ok"]
    assert "too large" in reply["error"]["message"] or "more than" in reply["error"]["message"]


# --- 6. and 7. what survives a submission --------------------------------------------

def test_nothing_survives_into_the_next_submission(sandbox):
    if sandbox.mode == "none":
        pytest.skip("without the sandbox, /tmp is the machine's own")
    load(sandbox, """
import os
os.makedirs('/tmp/hidden/deeper', exist_ok=True)
open('/tmp/hidden/deeper/secret', 'w').write('A was here')
os.chmod('/tmp/hidden/deeper', 0)
os.chmod('/tmp/hidden', 0)
open('/dev/shm/shared', 'w').write('A was here')
""")
    sandbox.end()
    load(sandbox, """
import os
def peek():
    return [p for p in ('/tmp/hidden', '/dev/shm/shared') if os.path.lexists(p)]
""")
    assert sandbox.call("peek")["value"] == []


def test_the_guard_s_profiler_writes_no_file_of_the_machine(sandbox):
    """MXNet deletes the profiler's trace path when configured and writes it at each dump:
    the guard names a path no file can have, so even as root with no sandbox (a laptop, a
    container) grading leaves the machine's files alone. Naming /dev/null once replaced it
    with a plain file, which broke every later process opening it."""
    import stat

    from autograder.child.guard import PROFILER_TRACE

    with pytest.raises(NotADirectoryError):
        os.open(PROFILER_TRACE, os.O_WRONLY | os.O_CREAT)
    load(sandbox, """
from mxnet import nd
def softmax(X):
    return nd.softmax(X * 2)
""")
    assert "softmax" in names(sandbox.call("softmax", [X.view(_nd())]))
    sandbox.end()
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not os.path.lexists(PROFILER_TRACE)


@pytest.mark.skipif(os.geteuid() != 0 or not bwrap_works(), reason="root mode only")
def test_the_supervisor_holds_only_the_capabilities_it_needs():
    with Sandbox(settings(sandbox="bwrap")) as sb:
        caps = {}
        for pid in _descendants(sb.proc.pid):
            try:
                with open(f"/proc/{pid}/status") as f:
                    status = dict(line.split(":\t", 1) for line in f if ":\t" in line)
            except OSError:
                continue
            if "python" in status.get("Name", ""):
                caps[pid] = int(status["CapPrm"], 16)
        assert caps, "no supervisor found"
        allowed = (1 << 6) | (1 << 7) | (1 << 5)  # CAP_SETGID, CAP_SETUID, CAP_KILL
        assert all(value & ~allowed == 0 for value in caps.values()), {
            pid: hex(v) for pid, v in caps.items()}


def _descendants(root):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    children.setdefault(int(f.read().rsplit(") ", 1)[1].split()[1]), []).append(
                        int(entry))
            except (OSError, IndexError):
                pass
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


# --- 9. honest code keeps full marks --------------------------------------------------

HONEST = {
    "gc_collect": "import gc\nfrom mxnet import nd\ndef softmax(X):\n    gc.collect()\n"
                  "    e = (X - X.max(axis=1, keepdims=True)).exp()\n"
                  "    return e / e.sum(axis=1, keepdims=True)\n",
    "names_like_the_grader": "from mxnet import nd\nrunner = harness = profiler = 1\n"
                             "def softmax(X):\n    trace, watch, child = X.exp(), 0, None\n"
                             "    return trace / trace.sum(axis=1, keepdims=True)\n",
    "own_helper_module": "open('mysoft.py', 'w').write('def sm(X):\\n    e = X.exp()\\n"
                         "    return e / e.sum(axis=1, keepdims=True)\\n')\nimport importlib\n"
                         "mysoft = importlib.import_module('mysoft')\n"
                         "def softmax(X):\n    return mysoft.sm(X)\n",
    "inspect_for_printing": "import inspect\nfrom mxnet import nd\ndef softmax(X):\n"
                            "    print(inspect.signature(softmax), inspect.getsource(softmax))\n"
                            "    e = X.exp()\n    return e / e.sum(axis=1, keepdims=True)\n",
}


@pytest.mark.parametrize("style", sorted(HONEST))
def test_honest_but_unusual_code_is_not_flagged(sandbox, style):
    load(sandbox, HONEST[style])
    reply = sandbox.call("softmax", [X.view(_nd())], options={"grad": [0]})
    assert reply["ok"], reply
    e = np.exp(X)
    np.testing.assert_allclose(reply["value"], e / e.sum(axis=1, keepdims=True), rtol=1e-5)
    assert "softmax" not in names(reply)


def test_the_guard_looks_up_no_global_while_it_runs():
    """Student code can change any module's globals and the builtins: the hooks and the
    profile function must bind everything they use when they are made."""
    import dis
    import types

    from autograder.child import guard

    def nested(code):
        yield code
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                yield from nested(const)

    running = [c for maker in (guard._make_recorder, guard._make_gatekeeper, guard._make_profile)
               for c in nested(maker.__code__) if not c.co_name.startswith("_make_")
               and c.co_name != "_Fn"] + [guard._print.__code__]
    assert {c.co_name for c in running} >= {"recorder", "gatekeeper", "profile", "dump", "record",
                                             "_print"}
    for code in running:
        looked_up = [i.argval for i in dis.get_instructions(code)
                     if i.opname in ("LOAD_GLOBAL", "LOAD_NAME")]
        assert not looked_up, (code.co_name, looked_up)
