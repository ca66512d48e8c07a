"""Hidden checks for `init_adadelta_states` and `adadelta` (§7.7) against MXNet's AdaDelta,
which has no learning rate either and uses the book's epsilon 1e-5 inside both roots. Each
check runs a fixed case (rho away from the book's 0.9), then a random one; the parameters
and the states are checked apart."""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.adadelta import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch07 import RTOL
from d2l.selfcheck.ch07.adadelta import public as ex

pytestmark = pytest.mark.exercise("adadelta")

STEPS = 3
SHAPES = [(5, 1), (1,)]
FIXED_RHO = 0.8


def runs(student, rng):
    """The fixed case, then a random one: (trajectory, grads, rho, expected)."""
    fixed = steps.fixed_rng("adadelta")
    # Away from the book's 0.9, so that a hard-coded rho shows.
    random_rho = float(rng.choice([rng.uniform(0.75, 0.85), rng.uniform(0.93, 0.97)]))
    for source, rho in ((fixed, FIXED_RHO), (rng, random_rho)):
        params = steps.arrays(source, SHAPES)
        grads = steps.gradients(source, SHAPES, STEPS)
        got = steps.run(student, "adadelta", params, grads, steps.zeros_like(params, parts=2),
                        {"rho": rho}, parts=2)
        yield got, grads, rho, ref.adadelta(params, grads, rho), params


@pytest.mark.points(0.5)
def test_init_states(student, rng):
    """init_adadelta_states() gives ((s_w, delta_w), (s_b, delta_b)), zeros shaped like w and b."""
    for num_inputs in (7, int(rng.integers(6, 10))):
        steps.check_init(student, "init_adadelta_states", num_inputs, ex.LABELS)


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's AdaDelta over three steps, with rho from hyperparams and no learning rate."""
    for got, grads, rho, expected, params in runs(student, rng):
        atols = ex.tolerances(params, expected)
        fail_if(ex.diagnose(got, grads, rho, expected, RTOL, atols, focus=[0]))
        steps.expect_steps(got.params, expected[0], "parameter", rtol=RTOL, atol=atols[0])


@pytest.mark.points(0.5)
def test_states(student, rng):
    """keeps (s, delta) for each parameter in states, in that order, updated in place."""
    for got, grads, rho, expected, params in runs(student, rng):
        atols = ex.tolerances(params, expected)
        fail_if(ex.diagnose(got, grads, rho, expected, RTOL, atols, focus=[1, 2]))
        s, delta = steps.states_of(got, ex.LABELS)
        steps.expect_steps(s, expected[1], "the state s of parameter", rtol=RTOL,
                           atol=atols[1])
        steps.expect_steps(delta, expected[2], "the state delta of parameter", rtol=RTOL,
                           atol=atols[2])
