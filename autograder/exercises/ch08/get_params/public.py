"""`get_params(params, ctx)` (§8.4): a copy of the model parameters on device ``ctx``, each
with a gradient attached."""

from d2l.compare import mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch08 import numpy_of, other_probes
from d2l.selfcheck.ch08.split_and_load.public import devices

FORBIDDEN = Forbidden(funcs=other_probes("get_params"))
SECTION = "§8.4 多GPU计算"
HELPERS = ("probe",)


def probe(get_params, values, name):
    """``get_params(params, ctx)`` for parameters ``values`` on cpu(0) and the named device:
    the copies, their devices and gradients, and whether the originals were left alone."""
    from mxnet import nd

    ctx = devices([name])[0]
    params = [nd.array(v) for v in values]
    new = list(get_params(params, ctx))
    return {"values": new,
            "contexts": [str(p.context) for p in new],
            "same": [any(p is q for q in params) for p in new],
            "grads": [p.grad is not None for p in new],
            "grad_contexts": [str(p.grad.context) if p.grad is not None else "" for p in new],
            "originals_grad": [p.grad is not None for p in params]}


def copy_problem(info, values, name):
    """The parameters were not copied to the device (the originals returned, or copies
    left on cpu(0)), or the values changed."""
    if len(info["values"]) != len(values):
        return f"get_params should return {len(values)} parameters, got {len(info['values'])}"
    if any(info["same"]):
        return ("get_params returned the original parameter arrays instead of copies: every "
                "device needs its own copy (p.copyto(ctx)), or all devices would update one "
                "array")
    for i, where in enumerate(info["contexts"]):
        if where != name:
            return (f"parameter {i} is on {where}, not on {name}: copy it to the device "
                    "with p.copyto(ctx)")
    for i, (got, want) in enumerate(zip(info["values"], values)):
        problem = mismatch(got, want, 0, 0, name=f"parameter {i}")
        if problem:
            return problem
    return None


def grad_problem(info, name):
    """The copies have no gradient attached (attach_grad), or it is on another device."""
    for i, (has, where) in enumerate(zip(info["grads"], info["grad_contexts"])):
        if not has:
            return (f"parameter {i} of the copy has no gradient: call attach_grad() on each "
                    "copy, so that backward() on that device can write its gradient")
        if where != name:
            return f"parameter {i}'s gradient is on {where}, not on {name}"
    return None


def _copies(fn, cases):
    values = [cases["W"], cases["b"]]
    return copy_problem(numpy_of(probe(fn, values, "cpu(1)")), values, "cpu(1)")


def _grads(fn, cases):
    return grad_problem(numpy_of(probe(fn, [cases["W"], cases["b"]], "cpu(1)")), "cpu(1)")


CHECKS = [
    ("copies of the parameters on cpu(1)", _copies),
    ("each copy has a gradient attached", _grads),
]
