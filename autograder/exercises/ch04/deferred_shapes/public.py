"""`deferred_shapes(net, X)` (§4.3): which parameters are still uninitialized after
``net.initialize()`` but before the first forward pass, and every parameter's shape after
it; the probe the checks run in the sandbox, the diagnoses and the public checks."""

from d2l.compare import describe
from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import check_caller, other_probes

SECTION = "§4.3 模型参数的延后初始化"
FORBIDDEN = Forbidden().also(*other_probes("deferred_shapes"))
HELPERS = ("probe",)

BIASES = ("it lists biases as uninitialized: a bias's shape (units,) is known when the layer "
          "is created, so initialize() initializes it at once; only the weights of layers "
          "without in_units wait for the input")
ALL = ("it lists every parameter: initialize() initializes at once every parameter whose "
       "shape is known (layers given in_units, and all biases); only the others are "
       "deferred")
ZEROS = ("some shapes still contain 0 (the unknown input size): read the shapes after the "
         "forward pass net(X)")


def build(spec):
    """An nn.Sequential (prefix 'net_') of Dense layers ``[(units, in_units)]``, in_units 0
    for a layer whose input size is left to be inferred."""
    from mxnet.gluon import nn

    net = nn.Sequential(prefix="net_")
    with net.name_scope():
        for units, in_units in spec:
            net.add(nn.Dense(int(units), in_units=int(in_units)))
    return net


def probe(fn, spec, X):
    """Call ``fn(build(spec), X)`` and return its result."""
    check_caller()
    return fn(build(spec), X)


def expected(spec, X):
    """The names deferred after initialize() and the shapes after the forward pass."""
    from mxnet import nd

    net = build(spec)
    net.initialize()
    before = [n for n, p in net.collect_params().items() if 0 in p.shape]
    net(nd.array(X))
    return before, {n: tuple(p.shape) for n, p in net.collect_params().items()}


def unpack(result):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        return None, None, ("deferred_shapes should return a pair (names, shapes), got "
                            f"{describe(result)}")
    names, shapes = result
    if not isinstance(names, (list, tuple)) or not all(isinstance(n, str) for n in names):
        return None, None, f"the first item should be a list of names, got {describe(names)}"
    if not isinstance(shapes, dict):
        return None, None, f"the second item should be a dict, got {describe(shapes)}"
    try:
        shapes = {str(k): tuple(int(d) for d in v) for k, v in shapes.items()}
    except (TypeError, ValueError):
        return None, None, "the dict's values should be shapes (tuples of ints)"
    return list(names), shapes, None


def before_problem(result, want):
    names, _, problem = unpack(result)
    if problem:
        return problem
    want_before, want_after = want
    if sorted(names) == sorted(want_before):
        return None
    if sorted(names) == sorted(want_after):
        return ALL
    if set(names) > set(want_before) and all(n.endswith("bias") for n in
                                             set(names) - set(want_before)):
        return BIASES
    return (f"the uninitialized parameters are {sorted(names)}; expected "
            f"{sorted(want_before)}")


def after_problem(result, want):
    _, shapes, problem = unpack(result)
    if problem:
        return problem
    want_after = want[1]
    if any(0 in s for s in shapes.values()):
        return ZEROS
    if shapes != want_after:
        return f"the shapes after the forward pass are {shapes}; expected {want_after}"
    return None


SPEC = [(4, 0), (3, 4), (2, 0)]


def _run(fn, cases):
    from mxnet import nd

    from d2l.selfcheck.ch04.MLP.public import plain

    return plain(probe(fn, SPEC, nd.array(cases["X"])))


CHECKS = [("the names of the deferred parameters before the forward pass",
           lambda fn, cases: before_problem(_run(fn, cases), expected(SPEC, cases["X"]))),
          ("every parameter's shape after it",
           lambda fn, cases: after_problem(_run(fn, cases), expected(SPEC, cases["X"])))]
