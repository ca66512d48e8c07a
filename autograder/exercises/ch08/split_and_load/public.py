"""`split_and_load` (§8.4): a minibatch split evenly along its first axis, one part per
device. MXNet treats ``mx.cpu(0)`` and ``mx.cpu(1)`` as two devices, which is how the
checks run without GPUs. The probes here and in the other §8.4 exercises take devices by
name (``"cpu(1)"``) and report where each array ended up.
"""

from d2l.compare import mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch08 import numpy_of, other_probes

SECTION = "§8.4 多GPU计算"
FORBIDDEN = Forbidden(funcs=(*other_probes("split_and_load"), "mxnet.gluon.utils.split_and_load",
                             "mxnet.gluon.utils.split_data"),
                      what="gluon.utils.split_and_load")
HELPERS = ("probe", "devices")


def devices(names):
    """Contexts from their names: ``["cpu(0)", "cpu(1)"]``."""
    import mxnet as mx

    out = []
    for name in names:
        kind, _, rest = str(name).partition("(")
        out.append(mx.Context(kind, int(rest.rstrip(")") or 0)))
    return out


BOOK_CODE = ("STAND_IN",)  # the book's own code: a student may type it in (guard.copied_codes)


def STAND_IN(data, ctx):
    """The grader's split_and_load (the book's), for the checks of train_batch."""
    n, k = data.shape[0], len(ctx)
    m = n // k
    assert m * k == n, "# examples is not divided by # devices."
    return [data[i * m:(i + 1) * m].as_in_context(ctx[i]) for i in range(k)]


def probe(split_and_load, X, names):
    """``split_and_load(X, ctx)`` on the named devices: the parts, their devices, or the
    error it raised."""
    from mxnet import nd

    ctx = devices(names)
    try:
        parts = split_and_load(nd.array(X), ctx)
    except NotImplementedError:
        raise
    except Exception as exc:  # noqa: BLE001 - an error is what an uneven split should give
        text = str(exc).splitlines()[0][:200] if str(exc) else ""
        return {"raised": f"{type(exc).__name__}: {text}"}
    parts = list(parts)
    return {"values": [p if isinstance(p, nd.NDArray) else None for p in parts],
            "contexts": [str(getattr(p, "context", None)) for p in parts]}


def split_problem(info, X, names):
    """The parts are not the rows in order, one equal slice per device, on that device."""
    k, n = len(names), len(X)
    if "raised" in info:
        return (f"split_and_load of {n} examples on {k} devices raised {info['raised']}; "
                "it divides evenly, so each device should get n // k examples")
    values = info["values"]
    if len(values) != k:
        return f"split_and_load(X, ctx) with {k} devices should return {k} parts, got {len(values)}"
    for i, (v, where) in enumerate(zip(values, info["contexts"])):
        if v is None:
            return f"part {i} is not an NDArray"
        if where != names[i]:
            return (f"part {i} is on {where}, not on ctx[{i}] = {names[i]}: copy each part to "
                    "its device with as_in_context(ctx[i])")
    m = n // k
    for i, v in enumerate(values):
        problem = mismatch(v, X[i * m:(i + 1) * m], 0, 0, name=f"part {i}")
        if problem:
            return (f"{problem}: part i should be the rows X[i * m:(i + 1) * m], "
                    f"m = n // k = {m}")
    return None


def uneven_problem(info, X, names, even=None):
    """An uneven split returned parts (the remainder dropped or spread) instead of an error;
    ``even``: the probe of an even split, which must not raise."""
    if even is not None and "raised" in even:
        return (f"split_and_load raises {even['raised']} even when the examples divide evenly "
                "over the devices")
    if "raised" in info:
        return None
    k, n = len(names), len(X)
    rows = sum(len(v) for v in info["values"] if v is not None)
    if rows < n:
        return (f"{n} examples on {k} devices do not divide evenly, and split_and_load "
                f"returned {rows} of them, silently dropping the remainder of {n - rows}: "
                "raise an error instead (the book asserts n % k == 0)")
    return (f"{n} examples on {k} devices do not divide evenly; split_and_load should raise an "
            "error (the book asserts n % k == 0), but it returned parts of sizes "
            f"{[len(v) for v in info['values'] if v is not None]}")


def _even(fn, cases):
    X = cases["X"]
    for names in (["cpu(0)", "cpu(1)"], ["cpu(0)", "cpu(1)", "cpu(2)"]):
        problem = split_problem(numpy_of(probe(fn, X, names)), X, names)
        if problem:
            return problem
    return None


def _uneven(fn, cases):
    X = cases["X"][:5]
    names = ["cpu(0)", "cpu(1)"]
    return uneven_problem(numpy_of(probe(fn, X, names)), X, names,
                          numpy_of(probe(fn, cases["X"], names)))


CHECKS = [
    ("6 examples on 2 and on 3 devices: equal slices, each on its device", _even),
    ("5 examples on 2 devices: an error, nothing dropped", _uneven),
]
