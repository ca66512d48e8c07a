"""Hidden checks for `init_adam_states` and `adam` (§7.8).

Two references: MXNet's Adam optimizer, whose epsilon is set before step t to
1e-6 * sqrt(1 - beta2**t) so that it adds epsilon where the book does (MXNet adds it to the
uncorrected sqrt(s)), and the book's formula written with MXNet operators, used with
gradients near 1e-6, where a missing bias correction or a misplaced epsilon changes the
step a lot (with ordinary gradients the placement of epsilon hardly matters). Each check
runs a fixed case, then a random one.
"""

import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.adam import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch07 import RTOL, RTOL_TINY
from d2l.selfcheck.ch07.adam import public as ex

pytestmark = pytest.mark.exercise("adam")

STEPS = 3
SHAPES = [(5, 1), (1,)]
FIXED_LR = 0.012


def run(student, params, grads, lr):
    zeros = steps.zeros_like(params, parts=2)
    return steps.run(student, "adam", params, grads, zeros, {"lr": lr, "t": 1}, parts=2)


@pytest.mark.points(1)
def test_init_states(student, rng):
    """init_adam_states() gives ((v_w, s_w), (v_b, s_b)), zeros shaped like w and b."""
    for num_inputs in (7, int(rng.integers(6, 10))):
        steps.check_init(student, "init_adam_states", num_inputs, ex.LABELS)


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's Adam (epsilon mapped to the book's placement) over three steps from t = 1."""
    fixed = steps.fixed_rng("adam")
    cases = [(steps.arrays(fixed, SHAPES), steps.gradients(fixed, SHAPES, STEPS), FIXED_LR)]
    cases.append((steps.arrays(rng, SHAPES), steps.gradients(rng, SHAPES, STEPS),
                  float(rng.uniform(0.005, 0.02))))
    for params, grads, lr in cases:
        got = run(student, params, grads, lr)
        expected = ref.adam(params, grads, lr)
        atols = ex.tolerances(params, grads, expected)
        fail_if(ex.diagnose(got, grads, lr, expected, atols, focus=[0, 1, 2]))
        steps.expect_steps(got.params, expected[0], "parameter", rtol=RTOL, atol=atols[0])
        v, s = steps.states_of(got, ex.LABELS)
        steps.expect_steps(v, expected[1], "the state v of parameter", rtol=RTOL,
                           atol=atols[1])
        steps.expect_steps(s, expected[2], "the state s of parameter", rtol=ex.RTOL_S,
                           atol=atols[2])


@pytest.mark.points(1)
def test_tiny_gradients(student, rng):
    """follows the book's formula for gradients near 1e-6 (bias correction, epsilon placement)."""
    for source, lr in ((steps.fixed_rng("adam/tiny"), 0.02),
                       (rng, float(rng.uniform(0.005, 0.05)))):
        params = steps.arrays(source, SHAPES, scale=1e-3)
        grads = steps.gradients(source, SHAPES, STEPS, scale=1e-6)
        got = run(student, params, grads, lr)
        expected = ref.adam_book(params, grads, lr)
        atols = ex.tolerances(params, grads, expected, tiny=True)
        fail_if(ex.diagnose(got, grads, lr, expected, atols, focus=[0], tiny=True))
        steps.expect_steps(got.params, expected[0], "parameter", rtol=RTOL_TINY,
                           atol=atols[0])


@pytest.mark.points(1)
def test_step_counter(student, rng):
    """adds 1 to hyperparams['t'] on every call, once, after updating all parameters."""
    for source, start in ((steps.fixed_rng("adam/counter"), 5), (rng, int(rng.integers(3, 10)))):
        params = steps.arrays(source, SHAPES)
        grads = [steps.arrays(source, SHAPES) for _ in range(3)]
        states = tuple((source.normal(size=p.shape).astype("float32") * 0.1,
                        source.uniform(0.5, 1.5, size=p.shape).astype("float32"))
                       for p in params)
        got = steps.run(student, "adam", params, grads, states, {"lr": 0.01, "t": start},
                        parts=2)
        fail_if(ex.step_counter([hyper.get("t") for hyper in got.hyperparams], start,
                                len(params)))
