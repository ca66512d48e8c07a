"""`NestMLP()` (§4.1): a block holding an nn.Sequential and a Dense layer; the public checks
and the named mistakes."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import block_checks
from d2l.selfcheck.ch04 import other_probes
from d2l.selfcheck.ch04.MLP.public import HINTS, weights  # noqa: F401 - shared words

SECTION = "§4.1 模型构造"
FORBIDDEN = Forbidden().also(*other_probes("NestMLP"))

MISTAKES = {
    "no_relu": "the last layer has no ReLU: the book's is nn.Dense(16, activation='relu')",
}


def structure(args, x_shape, got, out_shape, expected):
    if not got:
        return ("the block has no parameters: Gluon registers a layer only when it is "
                "assigned to an attribute of the block or added to an nn.Sequential")
    units = [s[0] for s in weights(got)]
    if units and units != [64, 32, 16]:
        return (f"its Dense layers have {units} units: the book's NestMLP has an "
                "nn.Sequential of Dense(64) and Dense(32), then Dense(16), all with ReLU")
    return None


CONFIGS = [((), (2, 20), False)]
CHECKS = block_checks("NestMLP", CONFIGS, structure, MISTAKES)
