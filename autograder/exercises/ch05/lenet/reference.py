"""Reference `lenet`: the book's LeNet from Gluon layers, and its named variants."""

import functools

from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch05.lenet import public as ex


def lenet(activation="sigmoid", pool="max", padding=0):
    """The book's LeNet (§5.5): no padding, sigmoid, 2x2 max pooling with stride 2."""
    Pool = nn.MaxPool2D if pool == "max" else nn.AvgPool2D
    net = nn.Sequential()
    net.add(nn.Conv2D(6, kernel_size=5, padding=padding, activation=activation),
            Pool(pool_size=2, strides=2),
            nn.Conv2D(16, kernel_size=5, activation=activation),
            Pool(pool_size=2, strides=2),
            nn.Dense(120, activation=activation),
            nn.Dense(84, activation=activation),
            nn.Dense(10))
    return net


def variants():
    """Builders of the named mistakes of ``ex.MISTAKES``."""
    return {"relu": functools.partial(lenet, activation="relu"),
            "avg": functools.partial(lenet, pool="avg")}


def public_cases(rng):
    return record(rng, lenet, ex.CONFIGS, variants)
