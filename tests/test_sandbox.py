"""The sandboxed child: cells that hang or crash cost only themselves; isolation holds."""

import os

import numpy as np
import pytest

from autograder.sandbox import Sandbox, bwrap_command, bwrap_works

from .conftest import REPO, settings

MODES = ["bwrap", "none"] if bwrap_works() else ["none"]


@pytest.fixture(scope="module", params=MODES)
def sandbox(request):
    with Sandbox(settings(sandbox=request.param, cell_timeout=2.0, call_timeout=2.0)) as sb:
        yield sb


PEEK = "def peek(name):\n    return globals().get(name, '<undefined>')"


def run(sandbox, *sources):
    """Run the cells after one that defines ``peek(name)``; return the cells' results."""
    cells = [{"index": i, "source": s} for i, s in enumerate((PEEK,) + sources)]
    return sandbox.run_cells("t", cells)[1:]


def status(results):
    return [r["status"] for r in results]


def test_failing_cells_cost_only_themselves(sandbox):
    results = run(sandbox,
                  "x = 1",
                  "while True:\n    pass",
                  "import os\nx = 2\nos._exit(3)",
                  "import sys\nx = 3\nsys.exit(1)",
                  "import ctypes\nctypes.string_at(0)",
                  "y = x + 10")
    assert status(results) == ["ok", "timeout", "crashed", "error", "crashed", "ok"]
    assert "sys.exit(1)" in results[3]["error"]["message"]
    # x = 3 from the sys.exit cell stands; the x = 2 of the cell that died does not
    assert sandbox.call("peek", ["y"])["value"] == 13


def test_a_hang_in_a_cell_that_looked_harmless_is_isolated_on_replay(sandbox):
    results = run(sandbox,
                  "class A:\n    @property\n    def p(self):\n        while True:\n"
                  "            pass\na = A()",
                  "y = a.p",  # looks inert (an attribute), hangs
                  "z = 5")
    assert status(results) == ["ok", "timeout", "ok"]
    assert sandbox.call("peek", ["z"])["value"] == 5
    assert sandbox.call("peek", ["y"])["value"] == "<undefined>"


def test_output_and_errors_come_back(sandbox):
    results = run(sandbox, "print('hello')", "def f(x):\n    return x.nope", "1/0")
    assert results[0]["output"] == "hello\n"
    assert results[2]["error"]["type"] == "ZeroDivisionError"
    reply = sandbox.call("f", [np.ones(2)])
    assert not reply["ok"] and "cell 2, line 2, in f" in reply["error"]["traceback"][0]


def test_calls_that_hang_or_crash_cost_only_that_call(sandbox):
    run(sandbox, "def hang():\n    while True:\n        pass",
        "def die():\n    import os\n    os._exit(0)", "def ok():\n    return 7")
    assert sandbox.call("hang")["status"] == "timeout"
    assert sandbox.call("die")["status"] == "crashed"
    assert sandbox.call("ok")["value"] == 7


def test_call_state_is_restored_after_globals_are_set(sandbox):
    run(sandbox, "w = 1\ndef f():\n    return w")
    assert sandbox.call("f", payload={"globals": {"w": 5}})["value"] == 5
    assert sandbox.call("f")["value"] == 1


@pytest.mark.parametrize("code", [
    "nd.softmax(X)",
    "getattr(nd, 'soft' + 'max')(X)",
    "mx.nd.op.softmax(X)",
    "X.softmax()",
    "mx.npx.softmax(X.as_np_ndarray()).as_nd_ndarray()",
    "nd.log_softmax(X).exp()",
])
def test_builtin_operators_are_seen_whatever_the_route(sandbox, code):
    run(sandbox, f"import mxnet as mx\nfrom mxnet import nd\ndef f(X):\n    return {code}")
    reply = sandbox.call("f", [np.ones((2, 3), dtype="float32").view(_nd())])
    assert {"softmax", "log_softmax"} & set(reply["ops"]), reply["ops"]


def test_hybridized_blocks_and_symbols_are_seen(sandbox):
    run(sandbox, """
import mxnet as mx
from mxnet import gluon, nd
def block(X):
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(2, activation='relu'))
    net.initialize()
    net.hybridize()
    return net(X)
def symbol(X):
    s = mx.sym.softmax(mx.sym.var('x'))
    ex = s.bind(mx.cpu(), {'x': X})
    return ex.forward()[0]
""")
    X = np.ones((2, 3), dtype="float32").view(_nd())
    assert "FullyConnected" in sandbox.call("block", [X])["ops"]
    assert "[softmax]" in sandbox.call("symbol", [X])["ops"]  # as the profiler names it


def _nd():
    from autograder.child.wire import NDArrayValue

    return NDArrayValue


@pytest.fixture(scope="module")
def box():
    with Sandbox(settings(sandbox="bwrap", cell_timeout=5.0)) as sb:
        yield sb


@pytest.mark.skipif(not bwrap_works(), reason="needs the bubblewrap sandbox")
class TestIsolation:
    def probe(self, box, code):
        run(box, "def probe():\n" + "\n".join("    " + line for line in code.splitlines()))
        return box.call("probe", timeout=10)

    def test_no_network(self, box):
        reply = self.probe(box, "import socket\ns = socket.socket()\ns.settimeout(2)\n"
                                "s.connect(('1.1.1.1', 80))")
        assert not reply["ok"] and reply["error"]["type"] in ("OSError", "TimeoutError")

    def test_course_files_are_invisible(self, box):
        for path in (REPO / "source" / "ch03" / "ch03.ipynb", REPO / "autograder" / "exercises",
                     REPO / "nbgrader_config.py", "/course/public/ch03/softmax/reference.py",
                     "/course/public/ch03/softmax/test_softmax.py"):
            reply = self.probe(box, f"import os\nreturn os.path.exists({str(path)!r})")
            assert reply["value"] is False, path
        reply = self.probe(box, "import os\nreturn sorted(os.listdir('/judge/child'))")
        assert "checks" not in reply["value"] and "runner.py" in reply["value"]

    def test_runs_unprivileged(self, box):
        reply = self.probe(box, "import os\nreturn os.getuid()")
        if os.geteuid() == 0:
            assert reply["value"] != 0
        else:
            assert reply["value"] == os.getuid()

    def test_cannot_write_outside_scratch(self, box):
        reply = self.probe(box, f"open({str(REPO / 'pwned')!r}, 'w').write('x')")
        assert not reply["ok"]
        assert not (REPO / "pwned").exists()

    def test_fork_bomb_is_contained(self, box):
        reply = self.probe(box, "import os\nn = 0\nfor _ in range(100000):\n"
                                "    try:\n        pid = os.fork()\n    except OSError:\n"
                                "        break\n    if pid == 0:\n        import time\n"
                                "        time.sleep(60)\n        os._exit(0)\n    n += 1\n"
                                "return n")
        assert reply["ok"] and reply["value"] < 300
        assert box.call("peek", ["probe"])["ok"]  # the children were cleaned up; calls go on

    def test_memory_bomb_is_contained(self, box):
        reply = self.probe(box, "x = bytearray(8 * 2**30)\nreturn len(x)")
        assert not reply["ok"]
        assert box.call("peek", ["probe"])["ok"]


def test_bwrap_command_mounts_no_course_files():
    cmd = " ".join(bwrap_command(settings(), is_root=True))
    assert "--unshare-net" in cmd and "--cap-add CAP_SETUID" in cmd
    assert f"{REPO}/source" not in cmd and f"{REPO}/autograder/exercises" not in cmd
    assert f"{REPO / 'autograder' / 'child'} /judge/child" in cmd
    assert "/course/public" in cmd  # the exported public part of the exercises, only
    user_cmd = bwrap_command(settings(), is_root=False)
    assert "--unshare-user" in user_cmd and "--cap-add" not in user_cmd


def test_blocks_come_back_with_their_parameters(sandbox):
    from autograder.checking import Forbidden, Student

    run(sandbox, "from mxnet.gluon import nn\ndef block(channels):\n    net = nn.Sequential()\n"
                 "    net.add(nn.Conv2D(channels, kernel_size=3), nn.Dense(2))\n    return net")
    X = np.random.rand(2, 1, 5, 5).astype("float32")
    result = Student(sandbox, "block", Forbidden()).block("block", 3, input=X, grad=True)
    assert result.value.shape == (2, 2)
    assert [p.shape for _, p in result.params] == [(3, 1, 3, 3), (3,), (2, 27), (2,)]
    assert result.grads[0].shape == X.shape and len(result.param_grads) == 4
    assert "Convolution" in result.ops and "FullyConnected" in result.ops


def test_blocks_take_several_inputs(sandbox):
    """Attention takes queries, keys, values and valid lengths."""
    from autograder.checking import Forbidden, Student

    run(sandbox, "from mxnet import nd\nfrom mxnet.gluon import nn\n"
                 "class Attend(nn.Block):\n    def __init__(self, units):\n"
                 "        super().__init__()\n        self.proj = nn.Dense(units, flatten=False)\n"
                 "    def forward(self, q, k, v, valid):\n"
                 "        w = nd.softmax(nd.batch_dot(self.proj(q), k, transpose_b=True))\n"
                 "        return nd.batch_dot(w, v) * valid.reshape((-1, 1, 1))")
    q, k, v = (np.random.rand(2, n, 4).astype("float32") for n in (3, 5, 5))
    valid = np.array([1.0, 2.0], dtype="float32")
    result = Student(sandbox, "Attend", Forbidden()).block("Attend", 4, inputs=[q, k, v, valid],
                                                           grad=True)
    assert result.value.shape == (2, 3, 4)
    assert [g.shape for g in result.grads] == [q.shape, k.shape, v.shape, valid.shape]
    assert [p.shape for _, p in result.params] == [(4, 4), (4,)]
    with pytest.raises(TypeError):
        Student(sandbox, "Attend", Forbidden()).block("Attend", 4, input=q, inputs=[q])


def test_calls_can_pass_the_students_own_functions(sandbox):
    from autograder.checking import Forbidden, Student
    from autograder.testing import Ref

    run(sandbox, "def twice(f, x):\n    return f(f(x))\ndef inc(x):\n    return x + 1")
    assert Student(sandbox, "twice", Forbidden()).call("twice", Ref("inc"), 3).value == 5


def test_gradients_flow_through_structured_results_to_parameters(sandbox):
    from autograder.checking import Forbidden, Student
    from autograder.testing import Param

    run(sandbox, "def step(xs, state, params):\n    W, = params\n    H, = state\n"
                 "    outs = []\n    for X in xs:\n        H = (X * W + H).tanh()\n"
                 "        outs.append(H)\n    return outs, (H,)\n"
                 "def clip(params):\n    for p in params:\n        p.grad[:] = p.grad / 2")
    W = np.full((2,), 0.5, dtype="float32")
    xs = [np.ones(2, dtype="float32"), np.ones(2, dtype="float32")]
    student = Student(sandbox, "step", Forbidden())
    result = student.call("step", xs, [np.zeros(2, dtype="float32")], [Param(W)], backward=True)
    assert len(result.param_grads) == 1 and result.param_grads[0].shape == (2,)
    assert np.all(result.param_grads[0] > 0)
    halved = student.call("clip", [Param(W, grad=np.full(2, 4.0))]).param_grads[0]
    assert np.allclose(halved, 2.0)


def test_a_fresh_worker_forgets_what_earlier_calls_did(sandbox):
    run(sandbox, "calls = []\ndef count():\n    calls.append(1)\n    return len(calls)")
    assert sandbox.call("count")["value"] == 1
    assert sandbox.call("count")["value"] == 2  # one worker serves calls in a row
    assert sandbox.call("count", fresh=True)["value"] == 1
    assert sandbox.call("count")["value"] == 2
