"""Reference `Residual`: the book's block from Gluon layers, and its named variants.

Not a subclass of ``d2l.Residual``: that copy is a forbidden built-in, which the in-kernel
checks replace with a watcher, and a reference must not depend on it."""

import functools

from mxnet import nd
from mxnet.gluon import nn

from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch05.Residual import public as ex


class Residual(nn.Block):
    """The book's residual block (§5.11); ``variant`` builds a named mistake."""

    def __init__(self, num_channels, use_1x1conv=False, strides=1, variant=None, **kwargs):
        super().__init__(**kwargs)
        self.variant = variant
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides)
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def forward(self, X):
        Y = nd.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        if self.variant == "relu_before_add":
            return nd.relu(Y) + X
        if self.variant == "no_final_relu":
            return Y + X
        return nd.relu(Y + X)


def variants(*args):
    return {key: functools.partial(Residual, *args, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, Residual, ex.CONFIGS, variants)
