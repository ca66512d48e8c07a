"""Hidden checks for `sgd_2d` (§7.2): a gradient step with random noise in the gradient.

The noise is random, so the checks look at it through the step it causes (the public
module's "implied noise"). Each call of the noise check is seeded (NumPy's and MXNet's
generators): the fixed case with fixed seeds from fixed points, then a random case with
seeds from the secret seed. A submission that draws ``np.random.normal(0.1)`` as the book
does is matched exactly; any other generator is judged by the statistics of its 20 calls,
with margins no correct generator misses (see the public module).
"""

import numpy as np
import pytest

from autograder.exercises.ch07 import _steps as steps
from autograder.exercises.ch07.sgd_2d import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch07 import ATOL_2D, RTOL_2D, close, grad_f_2d
from d2l.selfcheck.ch07.sgd_2d import public as ex

pytestmark = pytest.mark.exercise("sgd_2d")

CALLS = 20
FIXED_ETA = 0.03
FIXED_SEEDS = [7001 + 37 * k for k in range(CALLS + 1)]


def call(student, x1, x2, eta, seed=None):
    value = student.call("sgd_2d", x1, x2, 0, 0, globals={"eta": eta}, seed=seed).value
    fail_if(ex.wrong_count(value))
    got = steps.numbers(value, "sgd_2d")
    fail_if(ex.keeps_state(got))
    return got[:2]


def implied(student, x1, x2, eta, seed):
    """The noise a seeded call added to the gradient."""
    return (np.array([x1, x2]) - call(student, x1, x2, eta, seed)) / eta - grad_f_2d(x1, x2)


def check_noise(student, points, eta, seeds):
    """The seeded calls from ``points``: exactly the book's draws, or noise whose statistics
    name no mistake."""
    noise, book = [], True
    for (x1, x2), seed in zip(points, seeds):
        got = call(student, x1, x2, eta, seed)
        noise.append((np.array([x1, x2]) - got) / eta - grad_f_2d(x1, x2))
        book = book and close(got, ref.sgd_2d(x1, x2, eta, ref.book_noise(seed)),
                              RTOL_2D, ATOL_2D)
    if book:
        return
    # One seed at two points: a generator that follows the seed draws the same noise at
    # both, so the implied noise differs only when the step does not follow the gradient.
    # None when the draws do not follow the seed (a generator the harness does not seed).
    (a1, a2), (b1, b2), seed = points[0], points[1], seeds[-1]
    first = implied(student, a1, a2, eta, seed)
    error = None
    if np.allclose(implied(student, a1, a2, eta, seed), first, rtol=0, atol=ex.NOISE_ATOL):
        error = implied(student, b1, b2, eta, seed) - first
    fail_if(ex.diagnose(np.array(noise), eta, error))


@pytest.mark.points(0.5)
def test_noisy_gradient_step(student, rng, secret_seed):
    """steps along the gradient of f_2d plus noise of standard deviation 1 in each coordinate."""
    fixed = steps.fixed_rng("sgd_2d")
    check_noise(student, [steps.point(fixed) for _ in range(CALLS)], FIXED_ETA, FIXED_SEEDS)
    check_noise(student, [steps.point(rng) for _ in range(CALLS)],
                float(rng.uniform(0.02, 0.04)),
                [(secret_seed + k) % 2**31 for k in range(CALLS + 1)])


@pytest.mark.points(0.5)
def test_fresh_noise(student, rng):
    """draws new noise on every call and returns (x1, x2, 0, 0)."""
    for (x1, x2), eta in [((1.5, -2.0), FIXED_ETA),
                          (steps.point(rng), float(rng.uniform(0.02, 0.04)))]:
        fail_if(ex.same_steps([call(student, x1, x2, eta) for _ in range(2)]))
