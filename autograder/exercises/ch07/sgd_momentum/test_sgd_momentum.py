"""Hidden checks for `init_momentum_states` and `sgd_momentum` (§7.4) against MXNet's SGD
with momentum, whose state is minus the book's velocity. Each check runs a fixed case, then
a random one; the parameters and the velocities are checked apart (each check about one of
them)."""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.sgd_momentum import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch07 import RTOL, state_part
from d2l.selfcheck.ch07.sgd_momentum import public as ex

pytestmark = pytest.mark.exercise("sgd_momentum")

STEPS = 3
SHAPES = [(5, 1), (1,)]
FIXED_HYPER = {"lr": 0.12, "momentum": 0.7}


def settings(rng):
    """The fixed case, then a random one: (params, grads, hyperparams)."""
    fixed = steps.fixed_rng("sgd_momentum")
    yield steps.arrays(fixed, SHAPES), steps.gradients(fixed, SHAPES, STEPS), FIXED_HYPER
    hyper = {"lr": float(rng.uniform(0.05, 0.2)), "momentum": float(rng.uniform(0.5, 0.85))}
    yield steps.arrays(rng, SHAPES), steps.gradients(rng, SHAPES, STEPS), hyper


def run(student, params, grads, hyper):
    got = steps.run(student, "sgd_momentum", params, grads, steps.zeros_like(params),
                    dict(hyper))
    return got, list(ref.sgd_momentum(params, grads, hyper["lr"], hyper["momentum"]))


@pytest.mark.points(0.5)
def test_init_states(student, rng):
    """init_momentum_states() gives zero velocities shaped like w (features.shape[1], 1) and b."""
    for num_inputs in (7, int(rng.integers(6, 10))):
        steps.check_init(student, "init_momentum_states", num_inputs, ex.LABELS)


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's momentum SGD over three steps, with lr and momentum from hyperparams."""
    for params, grads, hyper in settings(rng):
        got, expected = run(student, params, grads, hyper)
        atols = ex.tolerances(params, grads, expected)
        fail_if(ex.diagnose(got, grads, hyper, expected, RTOL, atols, focus=[0]))
        steps.expect_steps(got.params, expected[0], "parameter", rtol=RTOL, atol=atols[0])


@pytest.mark.points(0.5)
def test_velocities(student, rng):
    """keeps the book's velocity v = momentum * v + lr * grad in states (MXNet's state is -v)."""
    for params, grads, hyper in settings(rng):
        got, expected = run(student, params, grads, hyper)
        atols = ex.tolerances(params, grads, expected)
        fail_if(ex.diagnose(got, grads, hyper, expected, RTOL, atols, focus=[1]))
        steps.expect_steps(state_part(got, 0), expected[1], "the velocity of parameter",
                           rtol=RTOL, atol=atols[1])
