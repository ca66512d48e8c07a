"""The book's blocks of chapter 4 (§4.1, §4.2, §4.4) as the grader writes them, each with
its named mistakes (``variant``), and the fixed generators of the hidden checks."""

import zlib

import numpy as np
from mxnet import nd
from mxnet.gluon import nn

F32 = "float32"


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch04/{key}".encode()))


class BookMLP(nn.Block):
    """§4.1: Dense(256, relu) then Dense(10)."""

    def __init__(self, variant=None, **kwargs):
        super().__init__(**kwargs)
        self.hidden = nn.Dense(256, activation=None if variant == "no_relu" else 'relu')
        self.output = nn.Dense(10, activation='relu' if variant == "relu_output" else None)

    def forward(self, x):
        return self.output(self.hidden(x))


def fancy_forward(x, dense, rand_weight, variant=None):
    """FancyMLP's forward (§4.1) on a dense layer and the constant's NDArray."""
    x = dense(x)
    x = nd.relu(nd.dot(x, rand_weight) + 1)
    x = dense(x)
    if variant == "if_not_while":
        if x.norm().asscalar() > 1:
            x /= 2
        if x.norm().asscalar() < 0.8:
            x *= 10
    elif variant != "no_control_flow":
        while x.norm().asscalar() > 1:
            x /= 2
        if x.norm().asscalar() < 0.8:
            x *= 10
    return x.sum()


class BookFancyMLP(nn.Block):
    """§4.1: a constant parameter, one Dense(20, relu) used twice, Python control flow."""

    def __init__(self, variant=None, **kwargs):
        super().__init__(**kwargs)
        self.variant = variant
        self.rand_weight = self.params.get_constant(
            'rand_weight', nd.random.uniform(shape=(20, 20)))
        self.dense = nn.Dense(20, activation='relu')

    def forward(self, x):
        return fancy_forward(x, self.dense, self.rand_weight.data(), self.variant)


def pre_loop_norm(x, dense, rand_weight):
    """The norm FancyMLP's control flow starts from (it changes nothing in [0.8, 1])."""
    x = dense(x)
    x = nd.relu(nd.dot(x, rand_weight) + 1)
    return dense(x).norm().asscalar()


class BookNestMLP(nn.Block):
    """§4.1: an nn.Sequential of Dense(64, relu), Dense(32, relu), then Dense(16, relu)."""

    def __init__(self, variant=None, **kwargs):
        super().__init__(**kwargs)
        self.net = nn.Sequential()
        self.net.add(nn.Dense(64, activation='relu'),
                     nn.Dense(32, activation='relu'))
        self.dense = nn.Dense(16, activation=None if variant == "no_relu" else 'relu')

    def forward(self, x):
        return self.dense(self.net(x))


def book_shared_net(variant=None):
    """§4.2: four Dense layers, the second and third sharing their parameters."""
    net = nn.Sequential()
    shared = nn.Dense(8, activation='relu')
    net.add(nn.Dense(8, activation='relu'),
            shared,
            nn.Dense(8, activation=None if variant == "no_relu" else 'relu',
                     params=shared.params),
            nn.Dense(10))
    return net


class BookCenteredLayer(nn.Block):
    """§4.4: x - x.mean()."""

    def __init__(self, variant=None, **kwargs):
        super().__init__(**kwargs)
        self.variant = variant

    def forward(self, x):
        if self.variant == "row_mean":
            return x - x.mean(axis=-1, keepdims=True)
        if self.variant == "column_mean":
            return x - x.mean(axis=0, keepdims=True)
        return x - x.mean()


class BookMyDense(nn.Block):
    """§4.4: relu(x W + b), W of shape (in_units, units)."""

    def __init__(self, units, in_units, variant=None, **kwargs):
        super().__init__(**kwargs)
        self.variant = variant
        self.weight = self.params.get('weight', shape=(in_units, units))
        self.bias = self.params.get('bias', shape=(units,))

    def forward(self, x):
        linear = nd.dot(x, self.weight.data())
        if self.variant != "no_bias":
            linear = linear + self.bias.data()
        return linear if self.variant == "no_relu" else nd.relu(linear)
