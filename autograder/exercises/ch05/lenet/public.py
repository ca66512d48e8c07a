"""`lenet` (§5.5): the book's LeNet (first edition: no padding, sigmoid, max pooling)."""

from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§5.5 卷积神经网络（LeNet）"
HINTS = list(BLOCK_HINTS)

MISTAKES = {
    "relu": "the activations are ReLU: the book's LeNet uses sigmoid (activation='sigmoid')",
    "avg": "the pooling layers average: the book's LeNet uses max pooling (nn.MaxPool2D)",
}


def structure(args, x_shape, got, out_shape, expected):
    """The second edition's padding of the first convolution (a Dense layer of 400 inputs)."""
    if (120, 400) in {tuple(shape) for _, shape in got}:
        return ("the first Dense layer gets 400 inputs instead of 256: the first edition's "
                "LeNet does not pad its first convolution (the second edition pads it by 2)")
    return None


#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((), (2, 1, 28, 28), False)]
CHECKS = block_checks("lenet", CONFIGS, structure, MISTAKES)
