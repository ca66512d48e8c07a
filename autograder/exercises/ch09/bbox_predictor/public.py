"""`bbox_predictor(num_anchors)` (§9.7): SSD's offset prediction layer, a 3x3 convolution
with num_anchors * 4 output channels."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden()
HINTS = BLOCK_HINTS

MISTAKES = {
    "relu": "the predictor applies an activation: offsets can be negative, so they are the "
            "plain outputs of nn.Conv2D(num_anchors * 4, kernel_size=3, padding=1)",
}


def stand_in(num_anchors):
    """The grader's offset predictor (the book's), swapped in while TinySSD is checked."""
    from mxnet.gluon import nn

    return nn.Conv2D(num_anchors * 4, kernel_size=3, padding=1)


STAND_IN = stand_in


def structure(args, x_shape, got, out_shape, expected):
    """Name the mistake from the output's and the weight's shapes."""
    (a,) = args
    weights = [tuple(s) for n, s in got if s is not None and n.endswith("weight")]
    if len(weights) == 1 and len(weights[0]) == 4:
        c = weights[0][0]
        if c != 4 * a:
            return (f"the layer has {c} output channels: each of the {a} anchors of a pixel "
                    f"needs 4 offsets, so num_anchors * 4 = {4 * a}")
        if weights[0][2:] != (3, 3):
            return "the kernel should be 3x3 (kernel_size=3, with padding=1)"
    if out_shape is not None and len(out_shape) == 4 and tuple(out_shape[2:]) != tuple(
            x_shape[2:]):
        return ("the output's height and width differ from the input's: use padding=1 with "
                "the 3x3 kernel so that every pixel keeps its predictions")
    return None


#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((5,), (2, 8, 6, 6), False), ((3,), (2, 4, 5, 7), False)]
CHECKS = block_checks("bbox_predictor", CONFIGS, structure, MISTAKES)
