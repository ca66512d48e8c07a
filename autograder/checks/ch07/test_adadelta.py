"""Hidden checks for `init_adadelta_states` and `adadelta` (§7.7) against MXNet's AdaDelta,
which has no learning rate either and uses the book's epsilon 1e-5 inside both roots."""

import numpy as np
import pytest

from autograder.references import ch07 as ref
from autograder.testing import fail

from . import steps

pytestmark = pytest.mark.exercise("adadelta")

HINTS = [*steps.HINTS,
         ("KeyError: 'lr'", "AdaDelta has no learning rate: hyperparams holds only 'rho'"),
         ("KeyError", "adadelta's hyperparams holds only 'rho'"),
         ("not enough values to unpack", "each entry of states is a pair (s, delta): "
                                         "for p, (s, delta) in zip(params, states)")]

STEPS = 3
SHAPES = [(5, 1), (1,)]
EPS = ref.EPS_ADADELTA
LABELS = ("s", "delta")


def model(params, grads, rho, raw_delta=False, eps_outside=False, swapped=False):
    keep, add = (1 - rho, rho) if swapped else (rho, 1 - rho)

    def update(ps, gs, states, _):
        out_p, out_states = [], []
        for p, g, (s, delta) in zip(ps, gs, states):
            s = keep * s + add * g * g
            if eps_outside:
                step = (np.sqrt(delta) + EPS) / (np.sqrt(s) + EPS) * g
            else:
                step = np.sqrt((delta + EPS) / (s + EPS)) * g
            delta = keep * delta + add * (g * g if raw_delta else step * step)
            out_p.append(p - step)
            out_states.append((s, delta))
        return out_p, out_states

    zeros = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    return steps.simulate(update, params, grads, zeros, {})


def variant(params, grads, rho, how):
    """The model with one of the ``MISTAKES`` (which may replace rho)."""
    return model(params, grads, **dict({"rho": rho}, **how))


MISTAKES = [
    ("delta averages the squared gradients; it should average the squared rescaled steps "
     "g' = sqrt((delta + eps) / (s + eps)) * g", {"raw_delta": True}),
    ("epsilon is outside the square roots: g' = sqrt((delta + eps) / (s + eps)) * g",
     {"eps_outside": True}),
    ("rho and 1 - rho are swapped: s = rho * s + (1 - rho) * g * g", {"swapped": True}),
    ("it uses rho = 0.9 instead of hyperparams['rho']", {"rho": 0.9}),
]


def run(student, rng):
    params = steps.arrays(rng, SHAPES)
    grads = steps.gradients(rng, SHAPES, STEPS)
    # Away from the book's 0.9, so that a hard-coded rho shows.
    rho = float(rng.choice([rng.uniform(0.75, 0.85), rng.uniform(0.93, 0.97)]))
    got = steps.run(student, "adadelta", params, grads, steps.zeros_like(params, parts=2),
                    {"rho": rho}, parts=2)
    return got, params, grads, rho


@pytest.mark.points(0.5)
def test_init_states(student, rng):
    """init_adadelta_states() gives ((s_w, delta_w), (s_b, delta_b)), zeros shaped like w and b."""
    steps.check_init(student, "init_adadelta_states", rng, LABELS)


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's AdaDelta over three steps, with rho from hyperparams and no learning rate."""
    got, params, grads, rho = run(student, rng)
    steps.name_mistake(got.params, model(params, grads, rho)[0], [
        (message, variant(params, grads, rho, how)[0]) for message, how in MISTAKES
    ], rtol=1e-5, atol=1e-6)
    expected, _ = ref.adadelta(params, grads, rho)
    steps.expect_steps(got.params, expected, "parameter", rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_states(student, rng):
    """keeps (s, delta) for each parameter in states, in that order, updated in place."""
    got, params, grads, rho = run(student, rng)
    s, delta = (steps.state_part(got, k, LABELS) for k in range(2))
    _, expected = ref.adadelta(params, grads, rho)
    expected_s = [[st[0] for st in step] for step in expected]
    expected_delta = [[st[1] for st in step] for step in expected]
    if steps.close(s, expected_delta, 1e-5, 1e-9) and steps.close(delta, expected_s, 1e-5, 1e-9):
        fail("s and delta are swapped: each entry of states is (s, delta), as "
             "init_adadelta_states() returns ((s_w, delta_w), (s_b, delta_b))")
    for message, how in MISTAKES:
        model_states = variant(params, grads, rho, how)[1]
        model_s, model_delta = ([[st[k] for st in step] for step in model_states]
                                for k in range(2))
        if steps.close(s, model_s, 1e-5, 1e-9) and steps.close(delta, model_delta, 1e-5, 1e-9):
            fail(message)
    steps.expect_steps(s, expected_s, "the state s of parameter", rtol=1e-5, atol=1e-9)
    steps.expect_steps(delta, expected_delta, "the state delta of parameter", rtol=1e-5,
                       atol=1e-9)
