"""`nin_block` (§5.8): a convolution with the given kernel, strides and padding, then two
1x1 convolutions, each with a ReLU."""

from d2l.selfcheck.blocks import BLOCK_HINTS, block_checks

SECTION = "§5.8 网络中的网络（NiN）"
HINTS = list(BLOCK_HINTS)

MISTAKES = {f"no_relu_{i}": f"convolution {i} of 3 has no ReLU: every layer of the NiN "
                            "block uses activation='relu'" for i in (1, 2, 3)}

#: The public cases: (arguments, input shape, training mode).
CONFIGS = [((4, 3, 2, 1), (2, 3, 9, 9), False), ((2, 1, 1, 0), (2, 1, 5, 5), False)]
CHECKS = block_checks("nin_block", CONFIGS, mistakes=MISTAKES)
