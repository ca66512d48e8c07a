"""Calling the student's code on the parent's behalf, inside the sandbox.

A call names a function or class in the submission's namespace and carries its arguments
as data. The harness builds the arguments (NDArrays, parameters with gradients, small
Gluon networks), calls the student's code, optionally back-propagates, and returns values
as data, with the guard's sealed record of which operators and watched functions ran
(``guard.py``: the harness itself is student-reachable and only carries the record). The
hidden checks that judge those values never enter the sandbox.
"""

import functools
import inspect
import random
import sys
import time
import types

import numpy as np

from . import cells, guard, wire

GENERATOR_ITEMS = 1000


class CallFailed(Exception):
    """The call did not produce a value; ``info`` is a student-facing description."""

    def __init__(self, info):
        super().__init__(info.get("message", ""))
        self.info = info


def _mx():
    import mxnet

    return mxnet


def _seal(nonce, check=True):
    """The guard's sealed record of what ran since ``_begin(nonce)`` (hex; empty when no
    guard is armed, which the supervisor takes for tampering); ``check=False`` leaves out
    the check of the grader's modules."""
    out = bytearray()
    sys.audit(guard.SEAL, nonce, out, check)
    return bytes(out).hex()


def attest(nonce):
    """A fresh record, asked for by the supervisor right after each call's (runner.py),
    whose record checked the grader's modules already."""
    sys.audit(guard.BEGIN, nonce)
    return {"type": "reply", "status": "done", "record": _seal(nonce, check=False)}


# --- building arguments -------------------------------------------------------------


def makers(namespace, made_params):
    """Objects the parent may ask for, built from data only (or naming the student's own
    functions, for calls such as ``predict_rnn(..., rnn, ...)``). Parameters are also
    listed in ``made_params``, so that their gradients can be returned after the call."""
    mx = _mx()

    def param(spec):
        data, grad = spec["data"], spec.get("grad")
        arr = _nd(data)
        arr.attach_grad()
        if grad is not None:
            arr.grad[:] = mx.nd.array(grad, dtype=grad.dtype)
        made_params.append(arr)
        return arr

    def numpy(spec):
        return np.array(spec)

    def dense(spec):
        net = mx.gluon.nn.Dense(spec["units"], in_units=spec["in_units"],
                                activation=spec.get("activation"))
        net.initialize()
        net.weight.set_data(mx.nd.array(spec["weight"]))
        net.bias.set_data(mx.nd.array(spec["bias"]))
        return net

    def embedding(spec):
        weight = spec["weight"]
        net = mx.gluon.nn.Embedding(weight.shape[0], weight.shape[1])
        net.initialize()
        net.weight.set_data(mx.nd.array(weight))
        made_params.append(net.weight.data())  # its gradient comes back in param_grads
        return net

    def token_embedding(spec):
        # What text.embedding.CustomEmbedding loads from a file (the book's GloVe is one),
        # built from the vectors directly: '<unk>' at index 0, then the tokens in order.
        from mxnet.contrib.text import embedding

        emb = embedding.CustomEmbedding.__new__(embedding.CustomEmbedding)
        embedding._TokenEmbedding.__init__(emb)
        tokens = [str(t) for t in spec["tokens"]]
        emb._idx_to_token = [emb.unknown_token, *tokens]
        emb._token_to_idx = {t: i for i, t in enumerate(emb._idx_to_token)}
        vectors = np.vstack([np.asarray(spec["unknown_vec"])[None], np.asarray(spec["vectors"])])
        emb._vec_len = int(vectors.shape[1])
        emb._idx_to_vec = mx.nd.array(vectors)
        return emb

    def student(name):
        return _resolve(namespace, name)

    def standin(name):
        return stand_in(name)

    def context(name):
        return mx.cpu() if name == "cpu" else mx.Context(name)

    return {"param": param, "numpy": numpy, "dense": dense, "embedding": embedding,
            "token_embedding": token_embedding, "student": student, "standin": standin,
            "context": context}


def stand_in(ref):
    """The grader's correct version of an exercise, ``"ch05/corr2d"``: the ``STAND_IN`` of
    its public module (mounted read-only, like the ``d2l`` package); ``"ch06/lstm.init_state"``
    is one of the ``HELPERS`` that module lists."""
    import importlib

    chapter, _, name = ref.partition("/")
    name, _, helper = name.partition(".")
    if not (chapter.isidentifier() and name.isidentifier() and (helper.isidentifier()
                                                                 or not helper)):
        raise KeyError(ref)
    module = importlib.import_module(f"d2l.selfcheck.{chapter}.{name}.public")
    if not helper:
        return module.STAND_IN
    if helper not in getattr(module, "HELPERS", ()):
        raise KeyError(ref)
    return getattr(module, helper)


def to_mx(value):
    """NumPy arrays sent as NDArrays become NDArrays; containers are converted inside."""
    if isinstance(value, wire.NDArrayValue):
        return _nd(np.asarray(value))
    if isinstance(value, list):
        return [to_mx(v) for v in value]
    if isinstance(value, tuple):
        return tuple(to_mx(v) for v in value)
    if isinstance(value, dict):
        return {k: to_mx(v) for k, v in value.items()}
    return value


def _nd(arr):
    """``mx.nd.array(arr, dtype=arr.dtype)`` for a NumPy array: the same copy, without the
    indexing machinery of ``NDArray.__setitem__`` (a quarter of the time under the guard)."""
    if arr.ndim and arr.size and arr.dtype in _COPYABLE:
        out = _EMPTY(arr.shape, dtype=arr.dtype)
        _COPYFROM(out, arr)
        return out
    return _mx().nd.array(arr, dtype=arr.dtype)  # a scalar, an empty array, any other dtype


def from_mx(obj):
    """``wire.encode`` hook: MXNet arrays travel as arrays."""
    mx = _mx()
    if isinstance(obj, mx.nd.NDArray):
        return _ASNUMPY(obj)
    return None


# --- the call -------------------------------------------------------------------------


def call(namespace, request, blobs, scratch):
    """Run one call request; returns ``(header, blobs)`` of the reply frame.

    With the ``block`` option the target builds a Gluon block (a function or class with
    the book's constructor signature): the harness initializes it, runs it forward on
    ``payload["input"]`` and returns the output and the block's parameters, so that the
    parent can load the same parameter values into a reference block and compare.
    """
    mx = _mx()
    nonce = str(request.get("nonce", ""))
    begun = False
    opts = request.get("options", {})
    target = request["target"]
    reply = {"ok": False, "output": "", "notes": []}
    capture = cells.Capture(f"{scratch}/call-output.txt")
    saved = {}
    started = time.perf_counter()
    try:
        fn = _resolve(namespace, target)
        if opts.get("via"):
            # A check's probe (one of a public module's HELPERS) drives the student's object
            # inside the sandbox: hybridizes and exports a block, times a context manager,
            # places arrays on several devices; it returns plain values the parent judges.
            fn = _PARTIAL(stand_in(opts["via"]), fn)
        made_params = []
        payload = wire.decode(request["payload"], blobs, makers=makers(namespace, made_params))
        args, kwargs = to_mx(payload["args"]), to_mx(payload["kwargs"])
        for name, value in to_mx(payload.get("globals", {})).items():
            saved[name] = namespace.get(name, _MISSING)
            namespace[name] = value
        for name, ref in opts.get("stand_ins", {}).items():
            saved.setdefault(name, namespace.get(name, _MISSING))
            namespace[name] = stand_in(ref)
        if opts.get("seed") is not None:
            mx.random.seed(opts["seed"])
            _NP_SEED(opts["seed"] % 2**32)
            random.seed(opts["seed"])  # the book's word2vec samples with Python's random
        block = opts.get("block")
        if block:
            inputs = to_mx(payload["input"])
            if not block.get("many"):
                inputs = [inputs]
            grad_of = ([x for x in inputs if isinstance(x, mx.nd.NDArray)]
                       if opts.get("grad") else [])
        else:
            grad_of = [args[i] for i in opts.get("grad", [])]
        backward = bool(grad_of) or opts.get("backward", False)
        for arr in grad_of:
            if not isinstance(arr, mx.nd.NDArray):
                raise TypeError("gradient requested for a non-array argument")
            if arr.grad is None:
                arr.attach_grad()
        train_mode = opts.get("train_mode", False)
        sys.audit(guard.BEGIN, nonce)  # what runs from here on is the student's call
        begun = True
        with capture:
            if block:
                value = _construct(fn, args, kwargs, block.get("seed", 0))
                params = value.collect_params()
            with _recording_scope(mx, backward or train_mode, train_mode):
                value = value(*inputs) if block else fn(*args, **kwargs)
                value = _materialize(value, opts.get("max_items", GENERATOR_ITEMS))
            if backward:
                _backward(mx, _arrays(mx, value), payload.get("head_grad"))
                reply["grads"] = [_GRAD(arr) for arr in grad_of]
        reply["ok"] = True
        reply["value"] = value
        if block:
            reply["params"] = [[name, _PDATA(p)] for name, p in params.items()]
            if grad_of:
                reply["param_grads"] = [_PGRAD(p) if p.grad_req != "null" else None
                                        for p in params.values()]
        if opts.get("return_args"):
            reply["args_after"] = list(args)
        if made_params and not block:
            reply["param_grads"] = [_GRAD(arr) for arr in made_params]
    except CallFailed as exc:
        reply["error"] = exc.info
    except BaseException as exc:  # noqa: BLE001 - every student failure is reported
        reply["error"] = cells.describe_exception(exc)
    finally:
        for name, old in saved.items():
            if old is _MISSING:
                namespace.pop(name, None)
            else:
                namespace[name] = old
    reply["output"] = capture.text(2000)
    reply["elapsed"] = time.perf_counter() - started
    header, blobs = _encode_reply(reply)
    try:
        _WAITALL()
    except Exception:  # noqa: BLE001 - the call's own error is reported in the reply
        pass
    if not begun:
        sys.audit(guard.BEGIN, nonce)
    header["record"] = _seal(nonce)
    return header, blobs


_WAITALL = _mx().nd.waitall
# MXNet caches whether it has 64-bit tensor sizes in a module global on first use: fill it
# before the guard takes its snapshot of MXNet's modules, which must not change after.
_mx().ndarray.ndarray._int64_enabled()
_PARTIAL, _ISGENERATOR, _NP_SEED = functools.partial, inspect.isgenerator, np.random.seed
# MXNet's functions whose results the parent reads, bound before any student code runs: a
# submission that patches NDArray.asnumpy or NDArray.grad (or autograd.backward) cannot
# change what comes back.
_ASNUMPY = _mx().nd.NDArray.asnumpy
_GRAD = _mx().nd.NDArray.grad.fget
_PDATA, _PGRAD = _mx().gluon.Parameter.data, _mx().gluon.Parameter.grad
_AG_BACKWARD = _mx().autograd.backward
_EMPTY, _COPYFROM = _mx().nd.empty, _mx().nd.NDArray._sync_copyfrom
_COPYABLE = frozenset(np.dtype(t) for t in ("float16", "float32", "float64", "uint8", "int8",
                                            "int32", "int64"))


def _construct(fn, args, kwargs, seed):
    """Build the student's block and initialize it (seeded)."""
    mx = _mx()
    net = fn(*args, **kwargs)
    if not isinstance(net, mx.gluon.Block):
        raise CallFailed({"type": "TypeError", "traceback": [],
                          "message": f"it should build a Gluon Block, but it gave "
                                     f"{type(net).__name__}"})
    mx.random.seed(int(seed))
    net.initialize(force_reinit=True)
    return net


_MISSING = object()


def _resolve(namespace, target):
    if target not in namespace:
        raise CallFailed({"type": "NameError", "missing": True,
                          "message": f"`{target}` is not defined in the notebook",
                          "traceback": []})
    return namespace[target]


class _recording_scope:
    def __init__(self, mx, record, train_mode):
        self.scope = mx.autograd.record(train_mode=train_mode) if record else None

    def __enter__(self):
        if self.scope is not None:
            self.scope.__enter__()

    def __exit__(self, *exc):
        if self.scope is not None:
            return self.scope.__exit__(*exc)
        return False


def _materialize(value, limit):
    if isinstance(value, (types.GeneratorType, map, filter, zip)) or (
            _ISGENERATOR(value) or (hasattr(value, "__next__") and hasattr(value, "__iter__")
                                           and not isinstance(value, (str, bytes)))):
        items = wire.Truncated()
        for item in value:
            if len(items) >= limit:
                return items
            items.append(item)
        return list(items)
    return value


def _arrays(mx, value):
    """The NDArrays in a result (an NDArray, or nested lists and tuples of them)."""
    if isinstance(value, mx.nd.NDArray):
        return [value]
    if isinstance(value, (list, tuple)):
        return [a for v in value for a in _arrays(mx, v)]
    return []


def _backward(mx, heads, head_grad):
    """Back-propagate from the result's arrays, with ``head_grad`` (same structure) or ones."""
    if not heads:
        raise CallFailed({"type": "TypeError", "not_differentiable": True,
                          "message": "the result is not an NDArray (nor holds one), so no "
                                     "gradient can flow through it", "traceback": []})
    grads = _arrays(mx, to_mx(head_grad)) if head_grad is not None else []
    if len(grads) != len(heads) or any(g.shape != h.shape for g, h in zip(grads, heads)):
        grads = [mx.nd.ones_like(h) for h in heads]
    try:
        _AG_BACKWARD(heads, grads)
    except mx.base.MXNetError as exc:
        raise CallFailed({"type": "MXNetError", "not_differentiable": True,
                          "message": "autograd could not differentiate the result; it is not "
                                     "connected to the inputs (was it computed outside "
                                     "autograd, e.g. through NumPy or .asnumpy()?): "
                                     + cells.short_message(exc, 300),
                          "traceback": []}) from None


def _encode_reply(reply):
    try:
        tree, blobs = wire.encode(reply, to_array=from_mx)
    except Exception as exc:  # noqa: BLE001 - unsendable results are the student's error
        tree, blobs = wire.encode({"ok": False,
                                   "error": {"type": type(exc).__name__,
                                             "message": f"the result could not be returned: {exc}",
                                             "traceback": []}})
    return {"type": "reply", "status": "done", "reply": tree}, blobs

