"""`DenseBlock` (§5.12): num_convs conv_blocks, each block's input and output concatenated,
input first."""

from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§5.12 稠密连接网络（DenseNet）"
# The grader checks this exercise with its own correct versions of these (notebook name:
# exercise), so a mistake there costs points only once; so does the public check.
STAND_INS = {"conv_block": "conv_block"}
HINTS = BLOCK_HINTS + [
    ("Incompatible input shape", "X and Y must have the same height and width to be "
                                 "concatenated along the channels (dim=1)"),
]

MISTAKES = {"output_first": "the output comes first in the concatenation: the book "
                            "concatenates input first, X = nd.concat(X, Y, dim=1)"}


def structure(args, x_shape, got, out_shape, expected):
    """Only the last conv_block's output is returned, without the concatenations."""
    num_convs, num_channels = args
    full = x_shape[1] + num_convs * num_channels
    if (out_shape is not None and len(out_shape) == 4 and out_shape[1] == num_channels
            and num_channels != full):
        return (f"DenseBlock{tuple(args)} returns {num_channels} channels, only the last "
                "conv_block's output: after each block concatenate its input and output, "
                "X = nd.concat(X, Y, dim=1), and return X")
    return None


#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((2, 3), (2, 2, 5, 5), True)]
CHECKS = block_checks("DenseBlock", CONFIGS, structure, MISTAKES)
