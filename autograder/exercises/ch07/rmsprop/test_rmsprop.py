"""Hidden checks for `init_rmsprop_states` and `rmsprop` (§7.6) against MXNet's RMSProp
(not centered): its ``gamma1`` is the book's ``gamma``, and its epsilon is set to the book's
1e-6, inside the square root as in the book (MXNet's default is 1e-8). Each check runs a
fixed case (gamma away from the book's 0.9), then a random one."""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.rmsprop import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch07 import RTOL, RTOL_TINY, state_part
from d2l.selfcheck.ch07.rmsprop import public as ex

pytestmark = pytest.mark.exercise("rmsprop")

STEPS = 3
SHAPES = [(5, 1), (1,)]
FIXED = (0.02, 0.75)  # lr, gamma


def check(student, params, grads, lr, gamma, tiny=False):
    got = steps.run(student, "rmsprop", params, grads, steps.zeros_like(params),
                    {"lr": lr, "gamma": gamma})
    expected = ref.rmsprop(params, grads, lr, gamma)
    atols = ex.tolerances(params, expected, tiny)
    rtol = RTOL_TINY if tiny else RTOL
    fail_if(ex.diagnose(got, grads, lr, gamma, expected, rtol, atols))
    steps.expect_steps(got.params, expected[0], "parameter", rtol=rtol, atol=atols[0])
    steps.expect_steps(state_part(got, 0), expected[1], "the state s of parameter",
                       rtol=rtol, atol=atols[1])


def setting(rng):
    return float(rng.uniform(0.005, 0.05)), float(rng.uniform(0.6, 0.85))


@pytest.mark.points(0.5)
def test_init_states(student, rng):
    """init_rmsprop_states() gives zero states shaped like w (features.shape[1], 1) and b."""
    for num_inputs in (7, int(rng.integers(6, 10))):
        steps.check_init(student, "init_rmsprop_states", num_inputs, ex.LABELS)


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's RMSProp over three steps, states included (gamma1 = the book's gamma)."""
    fixed = steps.fixed_rng("rmsprop")
    check(student, steps.arrays(fixed, SHAPES), steps.gradients(fixed, SHAPES, STEPS), *FIXED)
    check(student, steps.arrays(rng, SHAPES), steps.gradients(rng, SHAPES, STEPS),
          *setting(rng))


@pytest.mark.points(0.5)
def test_tiny_gradients(student, rng):
    """keeps epsilon inside the square root, which decides the step for gradients near 1e-6."""
    for source, hyper in ((steps.fixed_rng("rmsprop/tiny"), FIXED), (rng, setting(rng))):
        params = steps.arrays(source, SHAPES, scale=1e-4)
        grads = steps.gradients(source, SHAPES, STEPS, scale=1e-6)
        check(student, params, grads, *hyper, tiny=True)
