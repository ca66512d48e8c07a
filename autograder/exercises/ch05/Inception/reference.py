"""Reference `Inception`: the book's block from Gluon layers, and its named variant."""

import functools

from mxnet import nd
from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch05.Inception import public as ex


class Inception(nn.Block):
    """The book's Inception block (§5.9); ``pool`` changes path 4's pooling, to name that
    mistake."""

    def __init__(self, c1, c2, c3, c4, pool="max", **kwargs):
        super().__init__(**kwargs)
        self.p1_1 = nn.Conv2D(c1, kernel_size=1, activation="relu")
        self.p2_1 = nn.Conv2D(c2[0], kernel_size=1, activation="relu")
        self.p2_2 = nn.Conv2D(c2[1], kernel_size=3, padding=1, activation="relu")
        self.p3_1 = nn.Conv2D(c3[0], kernel_size=1, activation="relu")
        self.p3_2 = nn.Conv2D(c3[1], kernel_size=5, padding=2, activation="relu")
        Pool = nn.MaxPool2D if pool == "max" else nn.AvgPool2D
        self.p4_1 = Pool(pool_size=3, strides=1, padding=1)
        self.p4_2 = nn.Conv2D(c4, kernel_size=1, activation="relu")

    def forward(self, x):
        return nd.concat(self.p1_1(x), self.p2_2(self.p2_1(x)), self.p3_2(self.p3_1(x)),
                         self.p4_2(self.p4_1(x)), dim=1)


def variants(*args):
    return {"avg": functools.partial(Inception, *args, pool="avg")}


def public_cases(rng):
    return record(rng, Inception, ex.CONFIGS, variants)
