"""`to_ctx(x, net, ctx)` (§4.6): copy an NDArray to a context and move an initialized
network's parameters there, keeping their values; the probe the checks run in the sandbox
(on mx.cpu(1), a context distinct from mx.cpu(0) in MXNet), the diagnoses and the public
checks."""

import numpy as np

from d2l.compare import describe, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import check_caller, other_probes

SECTION = "§4.6 GPU计算"
FORBIDDEN = Forbidden().also(*other_probes("to_ctx"))
HELPERS = ("probe",)

NOT_MOVED = ("the network's parameters are still on cpu(0): initialize() does not move "
             "parameters that are already initialized (it only warns); move them with "
             "net.collect_params().reset_ctx(ctx)")
CHANGED = ("the parameters' values changed: the network was initialized again "
           "(force_reinit=True); reset_ctx(ctx) moves the parameters and keeps their values")


def probe(fn, X, seed):
    """A Dense layer initialized on cpu(0) (seeded) and ``X`` there; ``fn(x, net,
    mx.cpu(1))``; then the contexts and values of the result and of the parameters, and the
    network's output on X copied to cpu(1)."""
    check_caller()
    import mxnet as mx
    from mxnet.gluon import nn

    ctx = mx.cpu(1)
    net = nn.Dense(4, in_units=X.shape[1])
    mx.random.seed(int(seed))
    net.initialize(ctx=mx.cpu(0))
    x = X.as_in_context(mx.cpu(0))
    before = [p.data().copy() for p in net.collect_params().values()]
    Y = net(x)
    result = fn(x, net, ctx)
    found = {"before": before, "Y": Y, "type": describe(result),
             "places": [[str(c) for c in p.list_ctx()] for p in net.collect_params().values()]}
    if isinstance(result, mx.nd.NDArray):
        found["x"], found["x_ctx"] = result, str(result.context)
    try:
        found["values"] = [p.data(ctx) for p in net.collect_params().values()]
        found["Y2"] = net(X.as_in_context(ctx))
        found["Y2_ctx"] = str(found["Y2"].context)
    except Exception as exc:  # noqa: BLE001 - what the student's net does on ctx
        found["error"] = f"{type(exc).__name__}"
    return found


def data_problem(found, X):
    if "x" not in found:
        return f"to_ctx should return x on ctx (an NDArray), got {found['type']}"
    if found["x_ctx"] != "cpu(1)":
        return (f"the NDArray it returns is on {found['x_ctx']}, not on ctx (cpu(1)): copy it "
                "with x.as_in_context(ctx) or x.copyto(ctx)")
    return mismatch(found["x"], np.asarray(X), 0, 0, name="x on ctx")


def net_problem(found):
    if any("cpu(1)" not in places for places in found["places"]):
        return NOT_MOVED
    if "error" in found:
        return f"the network cannot run on ctx: {found['error']}"
    for got, want in zip(found["values"], found["before"]):
        if np.shape(got) != np.shape(want) or not np.allclose(got, want, 0, 0):
            return CHANGED
    if found["Y2_ctx"] != "cpu(1)":
        return f"the network's output is on {found['Y2_ctx']}, not on ctx"
    return mismatch(found["Y2"], np.asarray(found["Y"]), 1e-5, 1e-6,
                    name="the network's output on ctx")


def _run(fn, cases):
    from mxnet import nd

    from d2l.selfcheck.ch04.MLP.public import plain

    return plain(probe(fn, nd.array(cases["X"]), 0))


CHECKS = [("x is copied to ctx", lambda fn, cases: data_problem(_run(fn, cases), cases["X"])),
          ("the network's parameters are moved to ctx with their values",
           lambda fn, cases: net_problem(_run(fn, cases)))]
