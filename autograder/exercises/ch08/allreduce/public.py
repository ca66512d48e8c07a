"""`allreduce(data)` (§8.4): the sum of arrays held on several devices, written into every
one of them, in place."""

import numpy as np

from d2l.compare import mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch08 import numpy_of, other_probes
from d2l.selfcheck.ch08.split_and_load.public import devices

SECTION = "§8.4 多GPU计算"
KVSTORE = ("mxnet.kvstore.base.create", "mxnet.kvstore.kvstore.KVStore.push",
           "mxnet.kvstore.kvstore.KVStore.pull", "mxnet.kvstore.kvstore.KVStore.pushpull")
FORBIDDEN = Forbidden(funcs=(*other_probes("allreduce"), *KVSTORE),
                      what="MXNet's kvstore (mx.kv.create, push, pull)")
HELPERS = ("probe",)


BOOK_CODE = ("STAND_IN",)  # the book's own code: a student may type it in (guard.copied_codes)


def STAND_IN(data):
    """The grader's allreduce (the book's), for the checks of train_batch."""
    for i in range(1, len(data)):
        data[0][:] += data[i].copyto(data[0].context)
    for i in range(1, len(data)):
        data[0].copyto(data[i])


def probe(allreduce, values, names):
    """``allreduce(data)`` with ``data[i]`` holding ``values[i]`` on the named device ``i``:
    what the caller's arrays hold afterwards, where they are, whether they are the same
    objects."""
    from mxnet import nd

    ctx = devices(names)
    data = [nd.array(v, ctx=c) for v, c in zip(values, ctx)]
    originals = list(data)
    allreduce(data)
    return {"values": originals,
            "contexts": [str(a.context) for a in originals],
            "list": [a if isinstance(a, nd.NDArray) else None for a in data],
            "replaced": [a is not b for a, b in zip(data, originals)]
            + [len(data) != len(originals)]}


def allreduce_problem(info, values, names):
    """Some device does not hold the sum: it stays only on device 0, the arrays were replaced
    instead of written into, or nothing changed."""
    total = np.sum(np.asarray(values, dtype=np.float64), axis=0)
    right = [mismatch(v, total, 1e-5, 1e-5) is None for v in info["values"]]
    if all(right):
        return None
    if any(info["replaced"]) and all(v is not None and mismatch(v, total, 1e-5, 1e-5) is None
                                     for v in info["list"]):
        return ("the list holds new arrays with the sum, but the caller's arrays did not change: "
                "write into each array in place (data[0].copyto(data[i]) or data[i][:] = ...); "
                "train_batch passes a fresh list of the parameters' gradients")
    unchanged = [mismatch(v, w, 0, 0) is None for v, w in zip(info["values"], values)]
    if right[0] and all(unchanged[1:]):
        return ("only data[0] (device 0) holds the sum; the other devices kept their own values: "
                "copy the sum back to every device (data[0].copyto(data[i]))")
    added = [mismatch(v, w + total, 1e-5, 1e-5) is None
             for v, w in zip(info["values"][1:], values[1:])]
    if right[0] and added and all(added):
        return ("data[0] holds the sum, but the other devices hold their own values plus the sum: "
                "the sum should replace what they held (data[0].copyto(data[i]) or "
                "data[i][:] = ...), not be added to it")
    if all(unchanged):
        return "allreduce(data) changed nothing: it must sum in place into the caller's arrays"
    wrong = [names[i] for i, ok in enumerate(right) if not ok]
    return (f"after allreduce every array should hold the sum over the {len(names)} devices; "
            f"the arrays on {', '.join(wrong)} do not")


def context_problem(info, names):
    """An array moved to another device."""
    for i, (where, want) in enumerate(zip(info["contexts"], names)):
        if where != want:
            return f"data[{i}] should stay on {want}, but it is on {where}"
    return None


def _two(fn, cases):
    names = ["cpu(0)", "cpu(1)"]
    info = numpy_of(probe(fn, cases["values"], names))
    return allreduce_problem(info, cases["values"], names) or context_problem(info, names)


CHECKS = [("two devices: both hold the sum, in place", _two)]
