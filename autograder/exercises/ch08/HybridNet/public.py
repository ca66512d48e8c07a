"""`HybridNet` (§8.1): a HybridBlock whose ``hybrid_forward(F, x)`` works both ways.

The probe (``probe``, run in the sandbox on the student's class) builds the block, runs it
imperatively, hybridizes it, runs it again, exports it into the scratch directory and loads
the export with ``SymbolBlock.imports``; the parent compares the outputs.
"""

import os
import tempfile

import numpy as np

from d2l.compare import mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch08 import numpy_of, other_probes

FORBIDDEN = Forbidden(funcs=other_probes("HybridNet"))
SECTION = "§8.1 命令式和符号式混合编程"
HELPERS = ("probe",)
HINTS = [("must have NDArray type, but got <Symbol",
          "after hybridize() F is mxnet.symbol and x is a Symbol: call F.relu, not nd.relu")]

#: The book's HybridNet: Dense(10) with ReLU, then Dense(2).
SHAPES = [(10, None), (10,), (2, 10), (2,)]


def _initialized(net):
    params = list(net.collect_params().values())
    return bool(params) and all(p._data is not None or p._deferred_init for p in params)


def probe(build, X, seed=0, initialize=True):
    """Build ``build()`` (the student's class or ``get_net``), run it on ``X`` imperatively,
    then hybridized, then exported and imported again; a dict of what happened."""
    import mxnet as mx
    from mxnet import gluon, nd

    mx.random.seed(int(seed))
    net = build()
    info = {"type": type(net).__name__, "block": isinstance(net, gluon.Block),
            "hybrid": isinstance(net, gluon.HybridBlock), "initialized": False}
    if not info["block"]:
        return info
    info["initialized"] = _initialized(net)
    if initialize and not info["initialized"]:
        net.initialize()
    x = nd.array(X)
    info["imperative"] = net(x)
    info["params"] = [[name, p.data()] for name, p in net.collect_params().items()]
    if not info["hybrid"]:
        return info
    net.hybridize()
    try:
        info["hybridized"] = net(x)
    except Exception as exc:  # noqa: BLE001 - the student's hybrid_forward failed
        info["hybrid_error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
        return info
    info["graph"] = bool(getattr(net, "_cached_graph", ()))
    # a temporary directory: the sandbox's scratch directory there (TMPDIR), removed after
    with tempfile.TemporaryDirectory(prefix="d2l-export-") as folder:
        path = os.path.join(folder, "net")
        try:
            net.export(path)
            info["files"] = sorted(os.listdir(folder))
            loaded = gluon.SymbolBlock.imports(path + "-symbol.json", ["data"],
                                               path + "-0000.params")
            info["imported"] = loaded(x)
        except Exception as exc:  # noqa: BLE001
            info["export_error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
    return info


def mlp(X, params, relu_layers):
    """The output of Dense layers with ``params`` ``[W1, b1, W2, b2, ...]`` (weights
    ``(out, in)``), a ReLU after the first ``relu_layers`` of them (NumPy)."""
    h = np.asarray(X, dtype=np.float64)
    for k in range(0, len(params), 2):
        h = h @ np.asarray(params[k], dtype=np.float64).T + np.asarray(params[k + 1])
        if k // 2 < relu_layers:
            h = np.maximum(h, 0)
    return h


def structure(info, shapes, what):
    """The block is not a (Hybrid)Block, or its parameters do not have the book's shapes."""
    if not info.get("block"):
        return f"{what} should give a Gluon block, but it gave a {info.get('type')}"
    got = [tuple(np.shape(v)) for _, v in info["params"]]
    want = [tuple(g if w is None else w for w, g in zip(s, shape))
            for s, shape in zip(shapes, got)] if len(got) == len(shapes) else shapes
    if got != [tuple(s) for s in want]:
        return (f"{what} has parameters of shapes {got}; the book's network has "
                f"{[tuple('in' if d is None else d for d in s) for s in shapes]}")
    return None


def no_relu(info, X):
    """The output is the network's without its ReLUs."""
    values = [v for _, v in info["params"]]
    if mismatch(info["imperative"], mlp(X, values, 0), 1e-4, 1e-5) is not None:
        return None
    return ("the output is that of the layers without ReLU: the hidden layers need "
            "activation='relu' (or F.relu in hybrid_forward)")


def hybrid_problem(info, what):
    """hybridize() broke the block (nd. or asnumpy() in hybrid_forward), had no effect
    (a Block, or ``forward`` instead of ``hybrid_forward``), or export failed."""
    if not info.get("hybrid"):
        return (f"{what} is a {info.get('type')}, not a HybridBlock: hybridize() has no effect "
                "and it cannot be exported; use nn.HybridSequential / nn.HybridBlock")
    err = info.get("hybrid_error")
    if err:
        if "must have NDArray type" in err and "Symbol" in err:
            return ("after hybridize() the forward pass fails: hybrid_forward calls an nd. "
                    "function (nd.relu, ...) instead of F.: once hybridized, F is mx.sym and x "
                    f"is a Symbol ({err})")
        if "not implemented for Symbol" in err:
            return ("after hybridize() the forward pass fails: hybrid_forward uses an NDArray "
                    "method such as asnumpy() (or asscalar, a Python value of x) that a Symbol "
                    f"does not have; symbolic programs cannot read values ({err})")
        return f"after hybridize() the forward pass fails: {err}"
    if not info.get("graph"):
        return (f"hybridize() has no effect on {what}: it defines forward() instead of "
                "hybrid_forward(self, F, x), so no symbolic graph is built")
    problem = mismatch(info["hybridized"], info["imperative"], 1e-5, 1e-6,
                       name="the hybridized output")
    if problem:
        return f"{problem} (compared with the same block's imperative output)"
    err = info.get("export_error")
    if err:
        return f"net.export() or SymbolBlock.imports of the export failed: {err}"
    problem = mismatch(info["imported"], info["imperative"], 1e-5, 1e-6,
                       name="the output of the exported model loaded by SymbolBlock.imports")
    return f"{problem} (compared with the block's imperative output)" if problem else None


def _forward(cls, cases):
    info = numpy_of(probe(cls, cases["X"]))
    problem = structure(info, SHAPES, "HybridNet()")
    if problem:
        return problem
    values = [v for _, v in info["params"]]
    expected = mlp(cases["X"], values, 1)
    return no_relu(info, cases["X"]) or mismatch(info["imperative"], expected, 1e-4, 1e-5,
                                                 name="HybridNet()(x)")


def _hybrid(cls, cases):
    return hybrid_problem(numpy_of(probe(cls, cases["X"])), "HybridNet()")


CHECKS = [
    ("Dense(10) + ReLU then Dense(2), imperatively", _forward),
    ("the same outputs hybridized, and exported then loaded with SymbolBlock.imports", _hybrid),
]
