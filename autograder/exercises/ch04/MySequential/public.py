"""`MySequential()` (§4.1): the book's own nn.Sequential, with ``add(block)`` and
``forward(x)``; the probe the checks run in the sandbox (``HELPERS``), the public checks and
the named mistakes.

The probe builds the student's block, adds Dense layers to it, and reports which of their
parameters the block's ``collect_params()`` holds (what ``initialize()`` and a Trainer
see), then runs it (layers the block did not register are initialized directly, so that
``forward`` is judged on its own)."""

import numpy as np

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import check_caller, other_probes
from d2l.selfcheck.ch04.MLP.public import HINTS, SEQUENTIAL, plain  # noqa: F401

SECTION = "§4.1 模型构造"
FORBIDDEN = Forbidden(funcs=SEQUENTIAL, what="nn.Sequential, the block MySequential "
                                             "re-implements").also(*other_probes("MySequential"))
HELPERS = ("probe",)

UNREGISTERED = ("collect_params() does not hold the added layers' parameters: the layers "
                "are kept where Gluon does not look (a Python list or dict attribute). "
                "Register each child as nn.Sequential does: self._children[block.name] = "
                "block, or self.register_child(block)")
SAME_INPUT = ("every layer gets the block's input x: feed each layer's output to the next "
              "(x = block(x) in the loop)")

NOT_ALL_RAN = ("some of the added layers never ran (their weights are still uninitialized "
               "after the forward pass): forward must feed x through every layer, in order, "
               "and return after the loop, not inside it")


def probe(cls, X, units, seed):
    """Build ``cls()``, add Dense layers of ``units`` (ReLU on all but the last), initialize
    it (seeded) and run it on ``X``; returns what the block registered and computed."""
    check_caller()
    import mxnet as mx
    from mxnet.gluon import nn

    net = cls()
    layers = [nn.Dense(u, activation='relu' if i < len(units) - 1 else None)
              for i, u in enumerate(units)]
    for layer in layers:
        net.add(layer)
    names = [p.name for layer in layers for p in layer.collect_params().values()]
    registered = [str(n) for n in net.collect_params()]
    mx.random.seed(int(seed))
    net.initialize()
    if not set(names) <= set(registered):
        for layer in layers:
            layer.initialize(force_reinit=True)
    out = net(X)

    def value(p):  # None for a layer that never ran (its deferred weight has no shape)
        try:
            return p.data()
        except mx.gluon.parameter.DeferredInitializationError:
            return None

    return {"out": out, "names": names, "registered": registered,
            "params": [[p.name, value(p)] for layer in layers
                       for p in layer.collect_params().values()]}


def registration_problem(found):
    names, registered = list(found["names"]), list(found["registered"])
    if set(names) - set(registered):
        return UNREGISTERED
    if [n for n in registered if n in names] != names:
        return ("collect_params() lists the layers' parameters out of order: keep the "
                "children in the order they were added (an OrderedDict, as _children is)")
    return None


def forward_problem(found, X, units, expected):
    """``expected``: the output of the book's layers with the same parameters (None when
    the parameters' shapes already show the mistake)."""
    if any(v is None for _, v in found["params"]):
        return NOT_ALL_RAN
    shapes = [np.shape(v) for _, v in found["params"]]
    in_units = [s[1] for s in shapes[::2]]
    if len(units) > 1 and all(i == X.shape[1] for i in in_units):
        return SAME_INPUT
    out = found["out"]
    if as_array(out) is None:
        return f"MySequential's forward should return an NDArray, got {describe(out)}"
    if expected is None:
        return (f"its layers' weights have shapes {shapes}: each layer should get the "
                "previous layer's output, in the order the layers were added")
    return mismatch(out, expected, 1e-4, 1e-5, name="the output of MySequential")


def dense_chain(X, params, units):
    """The added layers applied in order (with NumPy): ReLU on all but the last."""
    x = np.asarray(X, dtype=np.float64)
    values = [np.asarray(v, dtype=np.float64) for _, v in params]
    for i in range(len(units)):
        W, b = values[2 * i], values[2 * i + 1]
        if W.shape != (units[i], x.shape[1]):
            return None
        x = x @ W.T + b
        if i < len(units) - 1:
            x = np.maximum(x, 0)
    return x


def _found(make, cases):
    from mxnet import nd

    return plain(probe(make, nd.array(cases["X"]), [6, 4, 3], 0))


def _registered(make, cases):
    return registration_problem(_found(make, cases))


def _forward(make, cases):
    found = _found(make, cases)
    return forward_problem(found, cases["X"], [6, 4, 3],
                           dense_chain(cases["X"], found["params"], [6, 4, 3]))


CHECKS = [("the added layers' parameters are registered (collect_params)", _registered),
          ("forward applies the layers in the order they were added", _forward)]
