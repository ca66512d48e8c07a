"""Hidden checks for chapter 7's `sgd(params, states, hyperparams)` (§7.3) against MXNet's
SGD optimizer, step by step. The loss is averaged over the minibatch, so there is no batch
size to divide by. Each check runs a fixed case, then a random one."""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.sgd import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch07 import RTOL, atol
from d2l.selfcheck.ch07.sgd import public as ex

pytestmark = pytest.mark.exercise("sgd")

FIXED_LR = 0.17  # away from 1, so that a missing or squared learning rate shows


def check(student, rng, lr, shapes, num_steps):
    params = steps.arrays(rng, shapes)
    grads = steps.gradients(rng, shapes, num_steps)
    got = steps.run(student, "sgd", params, grads, None, {"lr": lr}, parts=0)
    expected = ref.sgd(params, grads, lr)
    tol = atol(params, expected)
    fail_if(ex.diagnose(got, grads, lr, expected, RTOL, tol))
    steps.expect_steps(got.params, expected, "parameter", rtol=RTOL, atol=tol)


@pytest.mark.points(0.5)
def test_matches_mxnet(student, rng):
    """updates w and b in place like MXNet's SGD over two steps, with lr from hyperparams."""
    check(student, steps.fixed_rng("sgd/wb"), FIXED_LR, [(5, 1), (1,)], num_steps=2)
    check(student, rng, float(rng.uniform(0.05, 0.3)), [(5, 1), (1,)], num_steps=2)


@pytest.mark.points(0.5)
def test_every_parameter(student, rng):
    """updates every parameter in params, whatever their number and shapes."""
    check(student, steps.fixed_rng("sgd/many"), FIXED_LR, [(4, 3), (3,), (2, 2)], num_steps=1)
    check(student, rng, float(rng.uniform(0.05, 0.3)), [(4, 3), (3,), (2, 2)], num_steps=1)
