"""Hidden checks for `MySequential()` (§4.1): Dense layers are added to it in the sandbox
(the public module's probe); its collect_params() must hold their parameters in order, and
its output must be nn.Sequential's on the same layers and parameter values."""

import numpy as np
import pytest
from mxnet import nd
from mxnet.gluon import nn

from autograder.exercises.ch04 import _probe as probe
from autograder.exercises.ch04._book import fixed_rng
from autograder.testing import as_numpy, fail_if
from d2l.selfcheck.ch04.MySequential import public as ex

pytestmark = pytest.mark.exercise("MySequential")


def configs(rng):
    r = fixed_rng("MySequential")
    return [(r.normal(size=(2, 20)), [256, 10]),
            (rng.normal(size=(int(rng.integers(2, 5)), int(rng.integers(3, 8)))),
             [int(u) for u in rng.integers(9, 15, size=3)])]


def run(student, X, units, seed):
    return probe.call(student, "MySequential", X.astype("float32"), units, seed).value


def sequential(X, params, units):
    net = nn.Sequential()
    for i, u in enumerate(units):
        net.add(nn.Dense(u, activation='relu' if i < len(units) - 1 else None))
    net.initialize()
    net(nd.array(X))
    shapes = [p.shape for p in net.collect_params().values()]
    if [np.shape(v) for _, v in params] != shapes:
        return None
    for p, (_, v) in zip(net.collect_params().values(), params):
        p.set_data(nd.array(as_numpy(v)))
    return net(nd.array(X)).asnumpy()


@pytest.mark.points(1)
def test_registers(student, rng):
    """add registers each layer as nn.Sequential does: collect_params() holds the added
    layers' parameters, in order (what initialize() and a Trainer see)."""
    for X, units in configs(rng):
        fail_if(ex.registration_problem(run(student, X, units, int(rng.integers(1 << 30)))))


@pytest.mark.points(1)
def test_forward(student, rng):
    """forward feeds x through the layers in the order they were added: nn.Sequential's
    output with the same layers and parameters."""
    for X, units in configs(rng):
        X = X.astype("float32")
        found = run(student, X, units, int(rng.integers(1 << 30)))
        fail_if(ex.forward_problem(found, X, units, sequential(X, found["params"], units)))
