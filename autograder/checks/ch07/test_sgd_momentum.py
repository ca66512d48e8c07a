"""Hidden checks for `init_momentum_states` and `sgd_momentum` (§7.4) against MXNet's SGD
with momentum, whose state is minus the book's velocity."""

import numpy as np
import pytest

from autograder.references import ch07 as ref
from autograder.testing import fail

from . import steps

pytestmark = pytest.mark.exercise("sgd_momentum")

HINTS = [*steps.HINTS,
         ("KeyError", "sgd_momentum's hyperparams holds 'lr' and 'momentum', the book's names")]

STEPS = 3
SHAPES = [(5, 1), (1,)]


def setting(rng):
    params = steps.arrays(rng, SHAPES)
    grads = steps.gradients(rng, SHAPES, STEPS)
    hyper = {"lr": float(rng.uniform(0.05, 0.2)), "momentum": float(rng.uniform(0.5, 0.85))}
    return params, grads, hyper


def model(params, grads, hyper, lr_twice=False, uphill=False, swapped=False, no_lr=False):
    lr, m = hyper["lr"], hyper["momentum"]
    if swapped:
        lr, m = m, lr

    def update(ps, gs, vs, _):
        vs = [m * v + (1 if no_lr else lr) * g for v, g in zip(vs, gs)]
        ps = [p + v if uphill else p - (lr * v if lr_twice else v) for p, v in zip(ps, vs)]
        return ps, vs

    return steps.simulate(update, params, grads, [np.zeros_like(p) for p in params], {})


def run(student, rng):
    params, grads, hyper = setting(rng)
    got = steps.run(student, "sgd_momentum", params, grads, steps.zeros_like(params), hyper)
    return got, params, grads, hyper


@pytest.mark.points(0.5)
def test_init_states(student, rng):
    """init_momentum_states() gives zero velocities shaped like w (features.shape[1], 1) and b."""
    steps.check_init(student, "init_momentum_states", rng, ("v",))


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's momentum SGD over three steps, with lr and momentum from hyperparams."""
    got, params, grads, hyper = run(student, rng)
    steps.name_mistake(got.params, model(params, grads, hyper)[0], [
        ("the learning rate is applied twice: it is already inside v = momentum * v + lr * "
         "grad, so p = p - v", model(params, grads, hyper, lr_twice=True)[0]),
        ("the step goes uphill: p = p - v", model(params, grads, hyper, uphill=True)[0]),
        ("lr and momentum are swapped: v = hyperparams['momentum'] * v + hyperparams['lr'] "
         "* grad", model(params, grads, hyper, swapped=True)[0]),
        ("the velocity lacks the learning rate: v = momentum * v + lr * grad",
         model(params, grads, hyper, no_lr=True)[0]),
    ], rtol=1e-5, atol=1e-6)
    expected, _ = ref.sgd_momentum(params, grads, hyper["lr"], hyper["momentum"])
    steps.expect_steps(got.params, expected, "parameter", rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_velocities(student, rng):
    """keeps the book's velocity v = momentum * v + lr * grad in states (MXNet's state is -v)."""
    got, params, grads, hyper = run(student, rng)
    velocities = steps.state_part(got, 0, ("v",))
    _, expected = ref.sgd_momentum(params, grads, hyper["lr"], hyper["momentum"])
    if steps.close(velocities, [[-v for v in step] for step in expected], 1e-5, 1e-6):
        fail("the velocity has the opposite sign of the book's (MXNet's convention, v = "
             "momentum * v - lr * grad and p = p + v): keep v = momentum * v + lr * grad "
             "and p = p - v")
    steps.expect_steps(velocities, expected, "the velocity of parameter", rtol=1e-5, atol=1e-6)
