"""`transition_block` (§5.12): batch norm, ReLU, a 1x1 convolution, 2x2 average pooling."""

from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§5.12 稠密连接网络（DenseNet）"
HINTS = list(BLOCK_HINTS)

MISTAKES = {"max": "the pooling takes the maximum: the transition layer averages "
                   "(nn.AvgPool2D(pool_size=2, strides=2))"}

#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((3,), (2, 5, 6, 6), True)]
CHECKS = block_checks("transition_block", CONFIGS, mistakes=MISTAKES)
