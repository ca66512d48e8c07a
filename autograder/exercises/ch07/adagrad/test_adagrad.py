"""Hidden checks for `init_adagrad_states` and `adagrad` (§7.5) against MXNet's AdaGrad
with the book's epsilon, 1e-6 inside the square root (MXNet's default is 1e-7). Each check
runs a fixed case, then a random one."""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.adagrad import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch07 import RTOL, RTOL_TINY, state_part
from d2l.selfcheck.ch07.adagrad import public as ex

pytestmark = pytest.mark.exercise("adagrad")

STEPS = 3
SHAPES = [(5, 1), (1,)]
FIXED_LR = 0.15


def check(student, params, grads, lr, tiny=False):
    got = steps.run(student, "adagrad", params, grads, steps.zeros_like(params), {"lr": lr})
    expected = ref.adagrad(params, grads, lr)
    atols = ex.tolerances(params, expected, tiny)
    rtol = RTOL_TINY if tiny else RTOL
    fail_if(ex.diagnose(got, grads, lr, expected, rtol, atols))
    steps.expect_steps(got.params, expected[0], "parameter", rtol=rtol, atol=atols[0])
    steps.expect_steps(state_part(got, 0), expected[1], "the state s of parameter",
                       rtol=rtol, atol=atols[1])


@pytest.mark.points(0.5)
def test_init_states(student, rng):
    """init_adagrad_states() gives zero states shaped like w (features.shape[1], 1) and b."""
    for num_inputs in (7, int(rng.integers(6, 10))):
        steps.check_init(student, "init_adagrad_states", num_inputs, ex.LABELS)


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's AdaGrad over three steps, states included, with lr from hyperparams."""
    fixed = steps.fixed_rng("adagrad")
    check(student, steps.arrays(fixed, SHAPES), steps.gradients(fixed, SHAPES, STEPS), FIXED_LR)
    check(student, steps.arrays(rng, SHAPES), steps.gradients(rng, SHAPES, STEPS),
          float(rng.uniform(0.05, 0.3)))


@pytest.mark.points(0.5)
def test_tiny_gradients(student, rng):
    """keeps epsilon inside the square root, which decides the step for gradients near 1e-6."""
    for source, lr in ((steps.fixed_rng("adagrad/tiny"), FIXED_LR),
                       (rng, float(rng.uniform(0.05, 0.3)))):
        params = steps.arrays(source, SHAPES, scale=1e-4)
        grads = steps.gradients(source, SHAPES, STEPS, scale=1e-6)
        check(student, params, grads, lr, tiny=True)
