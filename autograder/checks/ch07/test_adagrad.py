"""Hidden checks for `init_adagrad_states` and `adagrad` (§7.5) against MXNet's AdaGrad
with the book's epsilon, 1e-6 inside the square root (MXNet's default is 1e-7)."""

import numpy as np
import pytest

from autograder.references import ch07 as ref

from . import steps

pytestmark = pytest.mark.exercise("adagrad")

HINTS = [*steps.HINTS, ("KeyError", "adagrad's hyperparams holds only 'lr'")]

STEPS = 3
SHAPES = [(5, 1), (1,)]
EPS = ref.EPS_ADAGRAD


def model(params, grads, lr, eps_outside=False, no_sqrt=False, no_sum=False, old_s=False):
    def update(ps, gs, ss, _):
        new_ss = [g * g if no_sum else s + g * g for s, g in zip(ss, gs)]
        out = []
        for p, g, s in zip(ps, gs, ss if old_s else new_ss):
            scale = (np.sqrt(s) + EPS if eps_outside else s + EPS if no_sqrt
                     else np.sqrt(s + EPS))
            out.append(p - lr * g / scale)
        return out, new_ss

    return steps.simulate(update, params, grads, [np.zeros_like(p) for p in params], {})


MISTAKES = [
    ("epsilon is outside the square root: the book divides by sqrt(s + eps), which matters "
     "when gradients are tiny", {"eps_outside": True}),
    ("the square root is missing: divide by sqrt(s + eps)", {"no_sqrt": True}),
    ("the state holds only the last squared gradient: AdaGrad accumulates, "
     "s[:] += p.grad.square()", {"no_sum": True}),
    ("the step uses the state before this gradient is added: first s += g * g, then the "
     "step", {"old_s": True}),
]


def check(student, params, grads, lr, rtol, atol):
    got = steps.run(student, "adagrad", params, grads, steps.zeros_like(params), {"lr": lr})
    states = steps.state_part(got, 0, ("s",))
    models = [(message, model(params, grads, lr, **how)) for message, how in MISTAKES]
    book = model(params, grads, lr)
    steps.name_mistake(got.params, book[0], [(m, ps) for m, (ps, _) in models], rtol, atol)
    steps.name_mistake(states, book[1], [(m, ss) for m, (_, ss) in models], rtol, atol * 1e-6)
    expected, expected_states = ref.adagrad(params, grads, lr)
    steps.expect_steps(got.params, expected, "parameter", rtol=rtol, atol=atol)
    steps.expect_steps(states, expected_states, "the state s of parameter", rtol=rtol,
                       atol=atol * 1e-6)


@pytest.mark.points(0.5)
def test_init_states(student, rng):
    """init_adagrad_states() gives zero states shaped like w (features.shape[1], 1) and b."""
    steps.check_init(student, "init_adagrad_states", rng, ("s",))


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's AdaGrad over three steps, states included, with lr from hyperparams."""
    params = steps.arrays(rng, SHAPES)
    grads = steps.gradients(rng, SHAPES, STEPS)
    check(student, params, grads, float(rng.uniform(0.05, 0.3)), rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_tiny_gradients(student, rng):
    """keeps epsilon inside the square root, which decides the step for gradients near 1e-6."""
    params = steps.arrays(rng, SHAPES, scale=1e-4)
    grads = [steps.arrays(rng, SHAPES, scale=1e-6) for _ in range(STEPS)]
    check(student, params, grads, float(rng.uniform(0.05, 0.3)), rtol=1e-4, atol=1e-10)
