"""`conv_block` (§5.12): DenseNet's batch norm, ReLU, 3x3 convolution; and the grader's
correct version (``STAND_IN``) for `DenseBlock`."""

from mxnet.gluon import nn

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks, match_params

SECTION = "§5.12 稠密连接网络（DenseNet）"
# The stand-in is made of Gluon layers, as a correct answer is: it is forbidden by name,
# which also makes the public check warn about it.
FORBIDDEN = Forbidden(funcs=(f"{__name__}.stand_in",), what="the grader's own conv_block")
HINTS = list(BLOCK_HINTS)


def stand_in(num_channels):
    """The grader's correct conv_block."""
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation("relu"),
            nn.Conv2D(num_channels, kernel_size=3, padding=1))
    return blk


STAND_IN = stand_in
BOOK_CODE = ("stand_in",)  # the book's own code: a student may type it in (guard.copied_codes)

RESNET_ORDER = ("the layers are in ResNet's order (convolution, batch norm, ReLU): "
                "DenseNet's conv_block is batch norm, ReLU, then the convolution")


def structure(args, x_shape, got, out_shape, expected):
    """The parameters are those of ResNet's order: the batch norm after the convolution
    normalizes num_channels channels instead of the input's."""
    (num_channels,), c_in = args, x_shape[1]
    channels = (num_channels,)
    resnet = [("weight", (num_channels, c_in, 3, 3)), ("bias", channels), ("gamma", channels),
              ("beta", channels), ("running_mean", channels), ("running_var", channels)]
    if c_in != num_channels and match_params(got, resnet)[1] is None:
        return RESNET_ORDER
    return None


#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((4,), (2, 3, 5, 5), True)]
CHECKS = block_checks("conv_block", CONFIGS, structure)
