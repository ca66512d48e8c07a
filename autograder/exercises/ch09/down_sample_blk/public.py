"""`down_sample_blk(num_channels)` (§9.7): two (3x3 convolution, batch norm, ReLU) units
then 2x2 max pooling: sets the channels, halves height and width."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden()
HINTS = BLOCK_HINTS

MISTAKES = {
    "relu_before_bn": "the ReLU comes before the batch normalization: the book's unit is "
                      "Conv2D, then BatchNorm, then Activation('relu')",
    "avg_pool": "it average-pools: the book halves height and width with nn.MaxPool2D(2)",
}


def stand_in(num_channels):
    """The grader's down_sample_blk (the book's), swapped in while TinySSD is checked."""
    from mxnet.gluon import nn

    blk = nn.Sequential()
    for _ in range(2):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1),
                nn.BatchNorm(in_channels=num_channels),
                nn.Activation('relu'))
    blk.add(nn.MaxPool2D(2))
    return blk


STAND_IN = stand_in


def structure(args, x_shape, got, out_shape, expected):
    """Name the mistake from the output's and the parameters' shapes."""
    (c,) = args
    convs = [tuple(s) for n, s in got if s is not None and n.endswith("weight")
             and len(s) == 4]
    gammas = [n for n, s in got if n.endswith("gamma")]
    if len(convs) == 1:
        return ("the block has one convolution: the book's repeats (Conv2D 3x3 with "
                "padding 1, BatchNorm, ReLU) twice before the max pooling")
    if len(convs) > 2:
        return (f"the block has {len(convs)} convolutions: the book's has two (Conv2D, "
                "BatchNorm, ReLU units) and then nn.MaxPool2D(2)")
    if len(convs) == 2 and not gammas:
        return ("there is no batch normalization: each convolution is followed by "
                "nn.BatchNorm(in_channels=num_channels) before the ReLU")
    if any(s[2:] != (3, 3) for s in convs):
        return "the convolutions should be 3x3 (kernel_size=3, padding=1)"
    if out_shape is not None and len(out_shape) == 4:
        h, w = x_shape[2:]
        if tuple(out_shape[2:]) == (h, w):
            return ("the height and width are not halved: end the block with "
                    "nn.MaxPool2D(2) (window 2, stride 2)")
        if tuple(out_shape[2:]) != (h // 2, w // 2):
            return (f"the output is {tuple(out_shape[2:])} for a {h}x{w} input, the book's "
                    f"{(h // 2, w // 2)}: the convolutions keep the size (kernel 3, padding 1) "
                    "and nn.MaxPool2D(2) halves it")
    return None


#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((6,), (2, 3, 8, 8), True), ((4,), (2, 5, 6, 10), True)]
CHECKS = block_checks("down_sample_blk", CONFIGS, structure, MISTAKES)
