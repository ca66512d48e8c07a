"""`FancyMLP()` (§4.1): a constant parameter (``params.get_constant``), one Dense layer used
twice, and Python control flow in forward; the public checks and the named mistakes."""

from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import check_caller, other_probes
from d2l.selfcheck.ch04.MLP.public import HINTS  # noqa: F401 - the chapter's block hints

SECTION = "§4.1 模型构造"
FORBIDDEN = Forbidden().also(*other_probes("FancyMLP"))
HELPERS = ("probe",)

MISTAKES = {
    "no_control_flow": "the output is the sum without the control flow: while the norm is "
                       "above 1 halve x, then if it is below 0.8 multiply it by 10",
    "if_not_while": "it halves x once (if) where the book halves it while its norm is above "
                    "1 (a while loop), and only then multiplies by 10 if the norm is below 0.8",
}
TRAINED = ("rand_weight is a trainable parameter (it gets a gradient): the book creates it "
           "with self.params.get_constant('rand_weight', ...), a constant that is never "
           "trained")
SECOND_DENSE = ("it has more than one Dense layer: the book applies the same self.dense "
                "twice (the two uses share one weight and bias)")


def constant_problem(params, trained_too=True):
    """``params``: ``[(name, shape, trained)]`` of the block, in creation order;
    ``trained_too``: also require the constant to be untrained."""
    shapes = sorted(tuple(s) for _, s, _ in params)
    if len(params) > 3:
        return SECOND_DENSE
    if shapes != [(20,), (20, 20), (20, 20)]:
        return (f"its parameters have shapes {shapes}: the book's FancyMLP has the constant "
                "rand_weight (20, 20) and one nn.Dense(20) (weight (20, 20), bias (20,))")
    if trained_too and all(trained for _, _, trained in params):
        return TRAINED
    return None


def probe(cls, X, seed):
    """Build ``cls()``, initialize it (seeded), run it on ``X`` (autograd not recording:
    the book's forward halves x in place, which autograd refuses); returns the output and
    ``[name, value, trained]`` of each parameter (trained: it has a gradient)."""
    check_caller()
    import mxnet as mx

    mx.random.seed(int(seed))  # before cls(): the book draws rand_weight in __init__
    net = cls()
    net.initialize()
    out = net(X)
    return {"out": out, "params": [[p.name, p.data(), p.grad_req != "null"]
                                   for p in net.collect_params().values()]}


def _constant_check(make, cases):
    from mxnet import nd

    net = make()
    net.initialize(force_reinit=True)
    net(nd.array(cases["c0_X"]))
    return constant_problem([(p.name, p.shape, p.grad_req != "null")
                             for p in net.collect_params().values()])


def _forward_check(make, cases):
    from mxnet import nd

    from d2l.compare import mismatch
    from d2l.selfcheck.blocks import named_variant, recorded_params, recorded_variants

    net = make()
    net.initialize(force_reinit=True)
    X = nd.array(cases["c0_X"])
    net(X)
    params = list(net.collect_params().values())
    problem = constant_problem([(p.name, p.shape, p.grad_req != "null") for p in params],
                               trained_too=False)
    if problem:
        return problem
    square = [p for p in params if p.shape == (20, 20)]
    constant = next((p for p in square if p.grad_req == "null"), square[0])
    weight = next(p for p in square if p is not constant)
    bias = next(p for p in params if p.shape == (20,))
    for p, (_, value) in zip((constant, weight, bias), recorded_params(cases, 0)):
        p.set_data(nd.array(value))
    out = net(X)
    return (mismatch(out, cases["c0_out"], 1e-4, 1e-5,
                     name="the output of FancyMLP() with recorded parameters")
            and (named_variant(out, recorded_variants(cases, 0), MISTAKES)
                 or mismatch(out, cases["c0_out"], 1e-4, 1e-5,
                             name="the output of FancyMLP() with recorded parameters")))


CONFIGS = [((), (2, 20), False)]
CHECKS = [("rand_weight is a (20, 20) constant; one Dense(20) is used twice",
           _constant_check),
          ("with recorded parameters the output matches the book's block", _forward_check)]
