"""Hidden checks for `FancyMLP()` (§4.1): its parameters (a constant, which gets no
gradient, and one Dense(20)), and its output against the book's block with the student's
parameter values copied in. The control flow changes nothing when the norm it starts from
lies in [0.8, 1]; such an input is scaled by 10 until it does not."""

import numpy as np
import pytest
from mxnet import nd

from autograder.exercises.ch04 import _probe as probe
from autograder.exercises.ch04._book import BookFancyMLP, fixed_rng, pre_loop_norm
from autograder.testing import as_numpy, fail_if
from d2l.compare import mismatch
from d2l.selfcheck.blocks import named_variant
from d2l.selfcheck.ch04.FancyMLP import public as ex

pytestmark = pytest.mark.exercise("FancyMLP")


class Found:
    def __init__(self, found):
        self.value = found["out"]
        self.params = [(str(n), as_numpy(v), bool(t)) for n, v, t in found["params"]]


def run(student, X, seed):
    return Found(probe.call(student, "FancyMLP", X, seed).value)


def paired(result, trained_too=False):
    """rand_weight (the untrained (20, 20) one, else the first), dense weight, bias."""
    info = [(n, v.shape, t) for n, v, t in result.params]
    fail_if(ex.constant_problem(info, trained_too))
    square = [i for i, (_, s, _) in enumerate(info) if s == (20, 20)]
    constant = next((i for i in square if not info[i][2]), square[0])
    weight = next(i for i in square if i != constant)
    bias = next(i for i, (_, s, _) in enumerate(info) if s == (20,))
    return [result.params[i][1] for i in (constant, weight, bias)]


def book(values, X, variant=None):
    net = BookFancyMLP(variant=variant)
    net.initialize()
    net(nd.array(X))
    for p, v in zip(net.collect_params().values(), values):
        p.set_data(nd.array(v))
    return net, net(nd.array(X)).asnumpy()


@pytest.mark.points(1)
def test_constant(student, rng):
    """rand_weight is a (20, 20) constant made with params.get_constant (no gradient), and
    one Dense(20) is used twice: three parameter arrays."""
    for X in (fixed_rng("FancyMLP").uniform(size=(2, 20)),
              rng.uniform(size=(int(rng.integers(2, 5)), 20))):
        result = run(student, X.astype("float32"), int(rng.integers(1 << 30)))
        paired(result, trained_too=True)


@pytest.mark.points(1)
def test_forward(student, rng):
    """with the same parameters its output is the book's: dense, relu(x W_rand + 1), the
    same dense again, the norm brought into (0.8, 1] or above by halving and x10, summed."""
    # the third input is large: its norm before the loop is far above 2, so x is halved
    # several times (a single halving, `if` for `while`, shows)
    for r, scale in ((fixed_rng("FancyMLP/forward"), 1), (rng, 1), (rng, 100)):
        X = (scale * r.uniform(size=(int(r.integers(2, 5)), 20))).astype("float32")
        seed = int(r.integers(1 << 30))
        result = run(student, X, seed)
        values = paired(result)
        net, _ = book(values, X)
        for _ in range(4):
            if not 0.7 < pre_loop_norm(nd.array(X), net.dense, net.rand_weight.data()) < 1.1:
                break
            X = X * 10
            result = run(student, X, seed)
            values = paired(result)
            net, _ = book(values, X)
        _, expected = book(values, X)
        problem = mismatch(result.value, expected, 1e-4, 1e-5, name="the output of FancyMLP()")
        out = as_numpy(result.value)
        if problem and out is not None and out.shape == expected.shape:
            wrong = {key: book(values, X, key)[1] for key in ex.MISTAKES}
            fail_if(named_variant(out, wrong, ex.MISTAKES, 1e-4, 1e-5))
        fail_if(problem)
        assert np.isfinite(expected).all()
