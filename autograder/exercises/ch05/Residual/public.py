"""`Residual` (§5.11): the book's ResNet block; d2l's copy may not be handed in."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§5.11 残差网络（ResNet）"
# a class is watched by its methods' code
FORBIDDEN = Forbidden(funcs=("d2l.Residual.__init__", "d2l.Residual.forward"),
                      what="d2l.Residual")
HINTS = BLOCK_HINTS + [
    ("could not be broadcast",
     "Y and the shortcut X have different shapes: when the block changes the number of "
     "channels or the size (use_1x1conv=True, strides=2), the shortcut must go through the "
     "1x1 convolution self.conv3, with the same strides, before the addition"),
]

MISTAKES = {
    "relu_before_add": "the final ReLU is applied to Y before the addition: return "
                       "relu(Y + X), the sum goes through the ReLU",
    "no_final_relu": "there is no ReLU after the addition: return nd.relu(Y + X)",
}


def structure(args, x_shape, got, out_shape, expected):
    """The 1x1 convolution on the shortcut is missing, or there when it should not be."""
    if len(got) < len(expected) and any(len(shape) == 4 and tuple(shape[2:]) == (1, 1)
                                        for _, shape in expected):
        return ("there is no 1x1 convolution on the shortcut: with use_1x1conv=True the block "
                "needs self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides)")
    if len(got) > len(expected):
        return ("the block has a 1x1 convolution although use_1x1conv is False: create "
                "self.conv3 only when use_1x1conv is True (otherwise self.conv3 = None)")
    return None


#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((4, True, 2), (2, 3, 6, 6), True), ((3,), (2, 3, 6, 6), True)]
CHECKS = block_checks("Residual", CONFIGS, structure, MISTAKES)
