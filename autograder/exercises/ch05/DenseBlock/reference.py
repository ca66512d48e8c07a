"""Reference `DenseBlock`: the book's block from Gluon layers, and its named variant."""

import functools

from mxnet import nd
from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from autograder.exercises.ch05.conv_block.reference import conv_block
from d2l.selfcheck.ch05.DenseBlock import public as ex


class DenseBlock(nn.Block):
    """The book's dense block (§5.12); ``new_first`` concatenates (Y, X) instead of (X, Y)."""

    def __init__(self, num_convs, num_channels, new_first=False, **kwargs):
        super().__init__(**kwargs)
        self.new_first = new_first
        self.net = nn.Sequential()
        for _ in range(num_convs):
            self.net.add(conv_block(num_channels))

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = nd.concat(Y, X, dim=1) if self.new_first else nd.concat(X, Y, dim=1)
        return X


def variants(*args):
    return {"output_first": functools.partial(DenseBlock, *args, new_first=True)}


def public_cases(rng):
    return record(rng, DenseBlock, ex.CONFIGS, variants)
