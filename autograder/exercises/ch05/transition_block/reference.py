"""Reference `transition_block`: the book's block from Gluon layers, and its named variant."""

import functools

from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch05.transition_block import public as ex


def transition_block(num_channels, pool="avg"):
    Pool = nn.AvgPool2D if pool == "avg" else nn.MaxPool2D
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation("relu"),
            nn.Conv2D(num_channels, kernel_size=1),
            Pool(pool_size=2, strides=2))
    return blk


def variants(num_channels):
    return {"max": functools.partial(transition_block, num_channels, pool="max")}


def public_cases(rng):
    return record(rng, transition_block, ex.CONFIGS, variants)
