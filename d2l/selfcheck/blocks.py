"""Public helpers for exercises whose answer is a Gluon block (chapter 5's LeNet to DenseNet).

A block is checked by building it, initializing it, and comparing it with the book's block:
the shape of its output, its parameters (paired with the book's by :func:`match_params`: by
position, else by kind and shape), and its output once the same parameter values are loaded
into both. The public check does that in the student's kernel with recorded parameter values
and the book's recorded outputs (``cases.npz``); the grader does it in its sandbox on new
inputs. Both name a mistake with the words of the exercise's public module: its
``structure`` diagnosis (shapes and parameters) and its ``MISTAKES``, the named variants of
the book's block (the same block computing a wrong thing, e.g. ReLU instead of sigmoid),
whose outputs the public check reads from the recorded cases (``c0_variant_relu``) and the
grader computes.
"""

from collections import Counter

import numpy as np

from ..compare import as_array, describe, mismatch

KINDS = ("running_mean", "running_var", "weight", "bias", "gamma", "beta")

#: Errors any block can raise, and what usually causes them.
BLOCK_HINTS = [
    ("initialization was deferred",
     "A layer is created in __init__ but never used in forward (so its shape is never "
     "known): use it, or do not create it"),
    ("should build a Gluon Block", "Return the block (an nn.Sequential or an instance of "
                                   "your class), not initialized"),
    ("has not been initialized", "Gluon registers a layer only when it is assigned to an "
                                 "attribute of the block or added to an nn.Sequential; "
                                 "layers kept in a Python list or dict are invisible to "
                                 "initialize()"),
]

# Tolerances for comparing a block's output with the book's block's on the same parameters:
# both run the same Gluon layers in float32 on inputs and parameters of magnitude about 1,
# so they differ only by the order of summation inside the layers (relative 1e-6 at most
# for these sizes); a named mistake changes the output by far more than 1e-4.
RTOL, ATOL = 1e-4, 1e-5


def param_kind(name):
    """What a Gluon parameter is, from its name: weight, bias, gamma, running_mean, ..."""
    for kind in KINDS:
        if name.endswith(kind):
            return kind
    return name.rsplit("_", 1)[-1]


def _label(name, shape):
    return f"{param_kind(name)} {tuple(shape)}"


def match_params(got, expected):
    """Pair a block's parameters with a reference block's.

    ``got`` and ``expected`` are lists of ``(name, shape)`` in creation order (a shape of
    None: the parameter was never used). Parameters pair up in order when the shapes agree
    in order; otherwise by kind and shape, so the block may create its layers in another
    order. Returns ``(indices into got, one per expected parameter, None)`` or ``(None,
    message)``.
    """
    got_shapes = [None if s is None else tuple(s) for _, s in got]
    if got_shapes == [tuple(s) for _, s in expected]:
        return list(range(len(got))), None
    unused = [name for name, s in got if s is None]
    if unused:
        return None, (f"the parameter {unused[0]} is created but never used in forward "
                      "(remove it, or use it)")
    pools = {}
    for i, (name, shape) in enumerate(got):
        pools.setdefault((param_kind(name), tuple(shape)), []).append(i)
    order = []
    for name, shape in expected:
        pool = pools.get((param_kind(name), tuple(shape)))
        if not pool:
            break
        order.append(pool.pop(0))
    if len(order) == len(expected) == len(got):
        return order, None
    return None, describe_difference(got, expected)


def describe_difference(got, expected):
    """How two parameter lists differ, for messages."""
    def count(params):
        return sum(int(np.prod(s)) for _, s in params)

    have = Counter(_label(n, s) for n, s in got)
    want = Counter(_label(n, s) for n, s in expected)
    missing = list((want - have).elements())[:4]
    extra = list((have - want).elements())[:4]
    text = (f"its parameters differ from the book's: {len(got)} arrays holding {count(got)} "
            f"numbers, expected {len(expected)} holding {count(expected)}")
    if missing:
        text += "; missing " + ", ".join(missing)
    if extra:
        text += "; unexpected " + ", ".join(extra)
    return text


def call_text(name, args):
    """How a block was built, for messages: ``vgg_block(2, 4)``."""
    return f"{name}{tuple(args)}" if len(args) != 1 else f"{name}({args[0]!r})"


def shape_problem(what, out, x_shape, expected_shape):
    """The block's output is not an array of the book's block's output shape."""
    arr = as_array(out)
    if arr is None:
        return f"{what} should return an NDArray, got {describe(out)}"
    if arr.shape != tuple(expected_shape):
        return (f"{what} gives an output of shape {arr.shape} for an input of shape "
                f"{tuple(x_shape)}; the book's block gives {tuple(expected_shape)}")
    return None


def params_problem(what, got, expected):
    """The block's parameters ``got`` (``(name, shape)``) do not pair with the book's."""
    problem = match_params(got, expected)[1]
    return f"{what}: {problem}" if problem else None


def named_variant(out, variants, mistakes, rtol=RTOL, atol=ATOL):
    """The message of the named mistake whose output ``out`` is: ``variants`` maps a key of
    ``mistakes`` to the output of the book's block with that mistake, on the same input
    and parameters."""
    arr = as_array(out)
    if arr is None:
        return None
    for key, wrong in variants.items():
        wrong = np.asarray(wrong)
        if arr.shape == wrong.shape and np.allclose(arr, wrong, rtol=rtol, atol=atol):
            return mistakes[key]
    return None


# --- the public checks on recorded cases ---------------------------------------------------


def _nd(x):
    from mxnet import nd

    return nd.array(x, dtype=x.dtype)


def recorded_params(cases, config):
    """The recorded parameter values of configuration ``config``: ``[(kind, value)]`` in
    the book's block's creation order."""
    prefix = f"c{config}_param"
    keys = sorted(k for k in cases if k.startswith(prefix))
    return [(k[len(prefix):].split("_", 1)[1], cases[k]) for k in keys]


def recorded_variants(cases, config):
    prefix = f"c{config}_variant_"
    return {k[len(prefix):]: cases[k] for k in cases if k.startswith(prefix)}


def block_checks(name, configs, structure=None, mistakes=None, output=None):
    """The two public checks of a block exercise, on recorded configurations.

    ``configs``: ``[(args, input shape, train_mode)]``, recorded as ``c0_X``,
    ``c0_param00_weight``..., ``c0_out`` and ``c0_variant_<key>`` (see the exercise's
    reference). ``structure(args, x_shape, got_params, out_shape, expected_params)`` names a
    mistake from the output's shape and the parameters (asked only when they are wrong);
    ``mistakes`` are the messages of the recorded variants; ``output(args, out,
    expected)`` names a mistake from the output alone (asked only when it is wrong).
    """
    from mxnet import autograd, gluon

    def build(make, cases, i):
        args, _, train_mode = configs[i]
        what = call_text(name, args)
        net = make(*args)
        if not isinstance(net, gluon.Block):
            return None, what, f"{what} should give a Gluon Block, got {describe(net)}"
        net.initialize(force_reinit=True)
        return net, what, None

    def shapes(make, cases):
        for i, (args, _, _) in enumerate(configs):
            net, what, problem = build(make, cases, i)
            if problem:
                return problem
            X = _nd(cases[f"c{i}_X"])
            out = net(X)
            got = [(p.name, p.shape) for p in net.collect_params().values()]
            want = [(kind, v.shape) for kind, v in recorded_params(cases, i)]
            expected_shape = cases[f"c{i}_out"].shape
            problem = (shape_problem(what, out, X.shape, expected_shape)
                       or params_problem(what, got, want))
            if problem:
                return (structure and structure(args, X.shape, got,
                                                getattr(out, "shape", None), want)) or problem
        return None

    def forward(make, cases):
        for i, (args, _, train_mode) in enumerate(configs):
            net, what, problem = build(make, cases, i)
            if problem:
                return problem
            X = _nd(cases[f"c{i}_X"])
            out = net(X)
            params = list(net.collect_params().values())
            want = recorded_params(cases, i)
            got = [(p.name, p.shape) for p in params]
            order, problem = match_params(got, [(kind, v.shape) for kind, v in want])
            if problem:
                return (structure and structure(args, X.shape, got, getattr(out, "shape", None),
                                                [(kind, v.shape) for kind, v in want])
                        ) or f"{what}: {problem}"
            for index, (_, value) in zip(order, want):
                params[index].set_data(_nd(value))
            with autograd.record(train_mode=train_mode):
                out = net(X)
            expected = cases[f"c{i}_out"]
            mode = " in training mode" if train_mode else ""
            problem = mismatch(out, expected, RTOL, ATOL,
                               name=f"the output of {what}{mode} with recorded parameters")
            if problem:
                return (named_variant(out, recorded_variants(cases, i), mistakes or {})
                        or (output and output(args, as_array(out), expected)) or problem)
        return None

    return [("the output and parameter shapes match the book's block", shapes),
            ("with recorded parameters the output matches the book's block", forward)]
