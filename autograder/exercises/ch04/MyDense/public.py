"""`MyDense(units, in_units)` (§4.4): a fully connected layer with its own parameters,
weight of shape (in_units, units) (the book's layout, the transpose of nn.Dense's) and bias
(units,), computing relu(x W + b); the public checks and the named mistakes."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import block_checks, param_kind
from d2l.selfcheck.ch04 import other_probes
from d2l.selfcheck.ch04.MLP.public import HINTS  # noqa: F401 - the chapter's block hints

SECTION = "§4.4 自定义层"
FORBIDDEN = Forbidden(ops=("FullyConnected",),
                      what="FullyConnected (nn.Dense), the layer MyDense re-implements"
                      ).also(*other_probes("MyDense"))

MISTAKES = {"no_relu": "the output has no ReLU: the book's MyDense returns nd.relu(linear)",
            "no_bias": "the bias is never added: linear = nd.dot(x, self.weight.data()) + "
                       "self.bias.data()"}
LAYOUT = ("its weight has shape (units, in_units), nn.Dense's layout: the book's MyDense "
          "creates weight of shape (in_units, units) and computes nd.dot(x, weight)")


def structure(args, x_shape, got, out_shape, expected):
    units, in_units = args
    shapes = {param_kind(n): tuple(s) for n, s in got if s is not None}
    if shapes.get("weight") == (units, in_units):
        return LAYOUT
    if set(shapes) != {"weight", "bias"}:
        return (f"its parameters are named {sorted(n for n, _ in got)}: create them with "
                "self.params.get('weight', ...) and self.params.get('bias', ...)")
    return None


CONFIGS = [((3, 5), (2, 5), False)]
CHECKS = block_checks("MyDense", CONFIGS, structure, MISTAKES)
