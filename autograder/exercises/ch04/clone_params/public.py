"""`clone_params(net, make_net, path)` (§4.5): save a network's parameters with
save_parameters, build a new network with ``make_net()``, load them into it with
load_parameters and return it; the probe the checks run in the sandbox (its network class
is the book's MLP), the diagnoses and the public checks."""

import numpy as np

from d2l.compare import describe, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import check_caller, other_probes

SECTION = "§4.5 读取和存储"
FORBIDDEN = Forbidden().also(*other_probes("clone_params"))
HELPERS = ("probe",)

SAME = ("it returns the network it was given: build a new one with make_net() and load the "
        "saved parameters into it")
NO_FILE = "nothing was saved at path: write the parameters with net.save_parameters(path)"
UNREADABLE = ("a new network cannot load the file at path with load_parameters: write it "
              "with net.save_parameters(path)")
NOT_LOADED = ("the new network's parameters are not the saved ones: load them with "
              "net2.load_parameters(path) (and do not initialize it afterwards with "
              "force_reinit=True)")


def _mlp():
    from mxnet.gluon import nn

    class MLP(nn.Block):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.hidden = nn.Dense(7, activation='relu')
            self.output = nn.Dense(3)

        def forward(self, x):
            return self.output(self.hidden(x))

    return MLP


def probe(fn, X, name, seed):
    """Initialize the book's MLP (seeded, N(0, 1)), run it on ``X``, call
    ``fn(net, MLP, path)`` with ``path`` the file ``name`` in a fresh temporary folder (in
    the sandbox, inside its scratch directory); return what was saved, loaded and
    computed. The folder is removed afterwards."""
    check_caller()
    import os
    import shutil
    import tempfile

    import mxnet as mx
    from mxnet import init

    MLP = _mlp()
    net = MLP()
    mx.random.seed(int(seed))
    net.initialize(init.Normal(1.0))
    Y = net(X)
    saved = [p.data().copy() for p in net.collect_params().values()]
    folder = tempfile.mkdtemp(prefix="d2l-check-")
    path = os.path.join(folder, name)
    try:
        clone = fn(net, MLP, path)
        found = {"Y": Y, "saved": saved, "same": clone is net,
                 "block": isinstance(clone, mx.gluon.Block), "exists": os.path.isfile(path)}
        if found["exists"]:
            try:
                fresh = MLP()
                fresh.load_parameters(path)
                found["file"] = [p.data() for p in fresh.collect_params().values()]
            except Exception as exc:  # noqa: BLE001 - the file is the student's
                found["file"] = f"error: {type(exc).__name__}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if found["block"]:
        found["Y2"] = clone(X)  # first: a new network's shapes may still be deferred
        found["params"] = [p.data() for p in clone.collect_params().values()]
    return found


def _equal(a, b):
    return len(a) == len(b) and all(np.shape(x) == np.shape(y) and np.allclose(x, y, 0, 0)
                                    for x, y in zip(a, b))


def file_problem(found):
    if not found.get("exists"):
        return NO_FILE
    if isinstance(found.get("file"), str):
        return UNREADABLE
    if not _equal(found["file"], found["saved"]):
        return "the file at path does not hold the network's parameters"
    if not found.get("block"):
        return f"it should return the new network (a Gluon Block), got {describe(None)}"
    if found.get("same"):
        return SAME
    return None


def loaded_problem(found):
    if not found.get("block"):
        return "it should return the new network (a Gluon Block)"
    if not _equal(found["params"], found["saved"]):
        return NOT_LOADED
    return mismatch(found["Y2"], np.asarray(found["Y"]), 1e-5, 1e-6,
                    name="the new network's output on X")


def _run(fn, cases):
    from mxnet import nd

    from d2l.selfcheck.ch04.MLP.public import plain

    return plain(probe(fn, nd.array(cases["X"]), "mlp.params", 0))


CHECKS = [("the parameters are saved to path and a new network is returned",
           lambda fn, cases: file_problem(_run(fn, cases))),
          ("the new network holds the saved parameters",
           lambda fn, cases: loaded_problem(_run(fn, cases)))]
