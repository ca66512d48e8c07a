"""`cls_predictor(num_anchors, num_classes)` (§9.7): SSD's class prediction layer, a 3x3
convolution with num_anchors * (num_classes + 1) output channels."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden()
HINTS = BLOCK_HINTS

MISTAKES = {
    "relu": "the predictor applies an activation: the class scores are the plain outputs "
            "of nn.Conv2D(num_anchors * (num_classes + 1), kernel_size=3, padding=1), no "
            "activation (the softmax comes in the loss)",
}


def stand_in(num_anchors, num_classes):
    """The grader's class predictor (the book's), swapped in while TinySSD is checked."""
    from mxnet.gluon import nn

    return nn.Conv2D(num_anchors * (num_classes + 1), kernel_size=3, padding=1)


STAND_IN = stand_in


def structure(args, x_shape, got, out_shape, expected):
    """Name the mistake from the output's and the weight's shapes."""
    a, q = args
    weights = [tuple(s) for n, s in got if s is not None and n.endswith("weight")]
    if len(weights) == 1 and len(weights[0]) == 4:
        c = weights[0][0]
        if c == a * q:
            return (f"the layer has num_anchors * num_classes = {c} output channels: every "
                    "anchor also needs a score for the background, class 0, so it needs "
                    f"num_anchors * (num_classes + 1) = {a * (q + 1)}")
        if c != a * (q + 1):
            return (f"the layer has {c} output channels: it needs num_anchors * "
                    f"(num_classes + 1) = {a * (q + 1)}, one score per class and background "
                    "for each anchor")
        if weights[0][2:] != (3, 3):
            return "the kernel should be 3x3 (kernel_size=3, with padding=1)"
    if out_shape is not None and len(out_shape) == 4 and tuple(out_shape[2:]) != tuple(
            x_shape[2:]):
        return ("the output's height and width differ from the input's: use padding=1 with "
                "the 3x3 kernel so that every pixel keeps its predictions")
    return None


#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((5, 10), (2, 8, 6, 6), False), ((3, 1), (2, 4, 5, 7), False)]
CHECKS = block_checks("cls_predictor", CONFIGS, structure, MISTAKES)
