"""Reference `down_sample_blk`: the book's block from Gluon layers, and its named variants."""

import functools

from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch09.down_sample_blk import public as ex


def down_sample_blk(num_channels, variant=None):
    blk = nn.Sequential()
    for _ in range(2):
        conv = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        bn = nn.BatchNorm(in_channels=num_channels)
        relu = nn.Activation('relu')
        if variant == "relu_before_bn":
            blk.add(conv, relu, bn)
        else:
            blk.add(conv, bn, relu)
    blk.add(nn.AvgPool2D(2) if variant == "avg_pool" else nn.MaxPool2D(2))
    return blk


def variants(*args):
    return {key: functools.partial(down_sample_blk, *args, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, down_sample_blk, ex.CONFIGS, variants)
