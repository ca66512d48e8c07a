"""Hidden checks for `init_rmsprop_states` and `rmsprop` (§7.6) against MXNet's RMSProp
(not centered): its ``gamma1`` is the book's ``gamma``, and its epsilon is set to the book's
1e-6, inside the square root as in the book (MXNet's default is 1e-8)."""

import numpy as np
import pytest

from autograder.references import ch07 as ref

from . import steps

pytestmark = pytest.mark.exercise("rmsprop")

HINTS = [*steps.HINTS, ("KeyError", "rmsprop's hyperparams holds 'lr' and 'gamma', the book's "
                                    "names (MXNet calls gamma 'gamma1')")]

STEPS = 3
SHAPES = [(5, 1), (1,)]
EPS = ref.EPS_RMSPROP


def model(params, grads, lr, gamma, swapped=False, eps_outside=False, old_s=False):
    keep, add = (1 - gamma, gamma) if swapped else (gamma, 1 - gamma)

    def update(ps, gs, ss, _):
        new_ss = [keep * s + add * g * g for s, g in zip(ss, gs)]
        out = []
        for p, g, s in zip(ps, gs, ss if old_s else new_ss):
            out.append(p - lr * g / (np.sqrt(s) + EPS if eps_outside else np.sqrt(s + EPS)))
        return out, new_ss

    return steps.simulate(update, params, grads, [np.zeros_like(p) for p in params], {})


def check(student, params, grads, lr, gamma, rtol, atol):
    got = steps.run(student, "rmsprop", params, grads, steps.zeros_like(params),
                    {"lr": lr, "gamma": gamma})
    states = steps.state_part(got, 0, ("s",))
    models = [(message, model(params, grads, lr, **how)) for message, how in [
        ("gamma and 1 - gamma are swapped: s = gamma * s + (1 - gamma) * g * g",
         {"gamma": gamma, "swapped": True}),
        ("epsilon is outside the square root: the book divides by sqrt(s + eps), which "
         "matters when gradients are tiny", {"gamma": gamma, "eps_outside": True}),
        ("the step uses the state before this gradient's update: first update s, then step",
         {"gamma": gamma, "old_s": True}),
        ("it uses gamma = 0.9 instead of hyperparams['gamma']", {"gamma": 0.9}),
    ]]
    book = model(params, grads, lr, gamma)
    steps.name_mistake(got.params, book[0], [(m, ps) for m, (ps, _) in models], rtol, atol)
    steps.name_mistake(states, book[1], [(m, ss) for m, (_, ss) in models], rtol, atol * 1e-6)
    expected, expected_states = ref.rmsprop(params, grads, lr, gamma)
    steps.expect_steps(got.params, expected, "parameter", rtol=rtol, atol=atol)
    steps.expect_steps(states, expected_states, "the state s of parameter", rtol=rtol,
                       atol=atol * 1e-6)


def setting(rng):
    return float(rng.uniform(0.005, 0.05)), float(rng.uniform(0.6, 0.85))


@pytest.mark.points(0.5)
def test_init_states(student, rng):
    """init_rmsprop_states() gives zero states shaped like w (features.shape[1], 1) and b."""
    steps.check_init(student, "init_rmsprop_states", rng, ("s",))


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's RMSProp over three steps, states included (gamma1 = the book's gamma)."""
    params = steps.arrays(rng, SHAPES)
    grads = steps.gradients(rng, SHAPES, STEPS)
    check(student, params, grads, *setting(rng), rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_tiny_gradients(student, rng):
    """keeps epsilon inside the square root, which decides the step for gradients near 1e-6."""
    params = steps.arrays(rng, SHAPES, scale=1e-4)
    grads = [steps.arrays(rng, SHAPES, scale=1e-6) for _ in range(STEPS)]
    check(student, params, grads, *setting(rng), rtol=1e-4, atol=1e-10)
