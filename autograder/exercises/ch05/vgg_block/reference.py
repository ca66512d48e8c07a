"""Reference `vgg_block`: the book's block from Gluon layers, and its named variant."""

import functools

from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch05.vgg_block import public as ex


def vgg_block(num_convs, num_channels, activation="relu"):
    blk = nn.Sequential()
    for _ in range(num_convs):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1, activation=activation))
    blk.add(nn.MaxPool2D(pool_size=2, strides=2))
    return blk


def variants(num_convs, num_channels):
    return {"no_relu": functools.partial(vgg_block, num_convs, num_channels, activation=None)}


def public_cases(rng):
    return record(rng, vgg_block, ex.CONFIGS, variants)
