"""`shared_net()` (§4.2): the book's network whose second and third Dense layers share their
parameters (``params=shared.params``); the public checks and the named mistakes."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import block_checks
from d2l.selfcheck.ch04 import other_probes
from d2l.selfcheck.ch04.MLP.public import HINTS  # noqa: F401 - the chapter's block hints

SECTION = "§4.2 模型参数的访问、初始化和共享"
FORBIDDEN = Forbidden().also(*other_probes("shared_net"))

MISTAKES = {
    "no_relu": "the third Dense has no ReLU: params=shared.params shares the parameters, "
               "not the activation; write nn.Dense(8, activation='relu', "
               "params=shared.params)",
}
NOT_SHARED = ("the network has eight parameter arrays: the third Dense has its own weight "
              "and bias; create it with params=shared.params so that it uses the second "
              "layer's (copying their values does not share them)")


def structure(args, x_shape, got, out_shape, expected):
    if len(got) == 8:
        return NOT_SHARED
    return None


CONFIGS = [((), (2, 20), False)]
CHECKS = block_checks("shared_net", CONFIGS, structure, MISTAKES)
