"""Reference `nin_block`: the book's block from Gluon layers, and its named variants."""

import functools

from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch05.nin_block import public as ex


def nin_block(num_channels, kernel_size, strides, padding, activations=("relu",) * 3):
    blk = nn.Sequential()
    blk.add(nn.Conv2D(num_channels, kernel_size, strides, padding, activation=activations[0]),
            nn.Conv2D(num_channels, kernel_size=1, activation=activations[1]),
            nn.Conv2D(num_channels, kernel_size=1, activation=activations[2]))
    return blk


def variants(*args):
    out = {}
    for i in range(3):
        activations = ["relu"] * 3
        activations[i] = None
        out[f"no_relu_{i + 1}"] = functools.partial(nin_block, *args,
                                                    activations=tuple(activations))
    return out


def public_cases(rng):
    return record(rng, nin_block, ex.CONFIGS, variants)
