"""`vgg_block` (§5.7): num_convs 3x3 convolutions with padding 1 and ReLU, then one 2x2 max
pooling with stride 2."""

from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§5.7 使用重复元素的网络（VGG）"
HINTS = list(BLOCK_HINTS)

MISTAKES = {"no_relu": "the convolutions have no ReLU: use activation='relu'"}


def structure(args, x_shape, got, out_shape, expected):
    """Name a mistake from the output's height for an input of height x_shape[2]."""
    num_convs = args[0]
    size = x_shape[2]
    if out_shape is None or len(out_shape) != 4 or out_shape[2] == size // 2:
        return None
    if num_convs > 1 and out_shape[2] == size >> num_convs:
        return (f"with {num_convs} convolutions the size went from {size} to {out_shape[2]}: "
                "there is a max pooling after every convolution; the block ends with a "
                "single one")
    if out_shape[2] == (size - 2 * num_convs) // 2:
        return (f"the size went from {size} to {out_shape[2]}: the 3x3 convolutions shrink "
                "the input; give them padding=1 so that only the pooling halves it")
    if out_shape[2] == size - 1:
        return ("the pooling moved by one step: nn.MaxPool2D(pool_size=2, strides=2) halves "
                "the height and width")
    return None


#: The public cases: (arguments, input shape, training mode). One convolution tells the
#: missing padding apart, two a pooling after every convolution.
CONFIGS = [((1, 4), (2, 3, 8, 8), False), ((2, 4), (2, 3, 8, 8), False)]
CHECKS = block_checks("vgg_block", CONFIGS, structure, MISTAKES)
