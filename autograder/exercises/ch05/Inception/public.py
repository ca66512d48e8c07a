"""`Inception` (§5.9): four parallel paths concatenated along the channels, in the order
1, 2, 3, 4."""

import itertools

import numpy as np

from d2l.selfcheck.blocks import ATOL, BLOCK_HINTS, RTOL, block_checks

SECTION = "§5.9 含并行连结的网络（GoogLeNet）"
HINTS = BLOCK_HINTS + [
    ("Incompatible input shape",
     "The four paths must keep the input's height and width so that nd.concat can join "
     "them: pad the 3x3 convolution by 1 and the 5x5 one by 2, and give the 3x3 max pooling "
     "strides=1 and padding=1 (nn.MaxPool2D's strides default to the pool size)"),
]

MISTAKES = {"avg": "path 4 averages: it starts with a 3x3 max pooling (nn.MaxPool2D)"}


def concat_order(args, out, expected):
    """The paths were concatenated in another order: ``out`` is ``expected`` with its four
    blocks of channels (c1, c2[1], c3[1], c4 of them) permuted."""
    c1, c2, c3, c4 = args
    bounds = np.cumsum([0, c1, c2[1], c3[1], c4])
    expected = np.asarray(expected)
    if out.ndim != 4 or expected.ndim != 4:
        return None
    blocks = [expected[:, bounds[i]:bounds[i + 1]] for i in range(4)]
    for order in itertools.permutations(range(4)):
        if order == (0, 1, 2, 3):
            continue
        wrong = np.concatenate([blocks[i] for i in order], axis=1)
        if wrong.shape == out.shape and np.allclose(out, wrong, rtol=RTOL, atol=ATOL):
            paths = ", ".join(f"p{i + 1}" for i in order)
            return (f"the paths are concatenated in the order {paths}: use "
                    "nd.concat(p1, p2, p3, p4, dim=1)")
    return None


#: The public cases: (arguments, input shape, training mode). The channel counts differ
#: from each other, so that parameters pair with the book's by shape whatever the order in
#: which the layers are created.
CONFIGS = [((2, (3, 4), (5, 6), 7), (2, 3, 6, 6), False)]
CHECKS = block_checks("Inception", CONFIGS, mistakes=MISTAKES, output=concat_order)
