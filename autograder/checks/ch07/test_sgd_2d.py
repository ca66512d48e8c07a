"""Hidden checks for `sgd_2d` (§7.2): a gradient step with random noise in the gradient.

The noise is random, so the checks look at it through the step it causes: from a point x
with learning rate eta, ``(x - x_new) / eta - grad f(x)`` is the noise the student added to
the gradient. Each call is seeded (NumPy's and MXNet's generators), so a submission that
draws ``np.random.normal(0.1)`` as the book does is matched exactly; any other generator is
judged by the statistics of its draws.
"""

import numpy as np
import pytest

from autograder.references import ch07 as ref
from autograder.testing import expect, fail

from . import steps

pytestmark = pytest.mark.exercise("sgd_2d")

CALLS = 6


def implied_noise(student, rng, secret_seed):
    """The noise in each of ``CALLS`` seeded calls from random points: an array (CALLS, 2),
    and whether every call matched the book's draws exactly."""
    eta = float(rng.uniform(0.02, 0.04))
    noise, book = [], True
    for k in range(CALLS):
        x1, x2 = steps.point(rng)
        seed = (secret_seed + k) % 2**31
        value = student.call("sgd_2d", x1, x2, 0, 0, globals={"eta": eta}, seed=seed).value
        got = steps.numbers(value, "sgd_2d")
        if np.any(got[2:] != 0):
            fail(f"sgd_2d returned the states {tuple(got[2:])}; it keeps no state: return "
                 "(x1, x2, 0, 0)")
        x = np.array([x1, x2])
        noise.append((x - got[:2]) / eta - ref.grad_f_2d(x1, x2))
        draws = np.random.RandomState(seed).normal(0.1, size=2)
        book = book and np.allclose(got[:2], x - eta * (ref.grad_f_2d(x1, x2) + draws),
                                    rtol=steps.RTOL_2D, atol=steps.ATOL_2D)
    return np.array(noise), eta, book


def gradient_error(student, rng, eta, seed):
    """How much the noise implied at a second point differs from the first's, both calls
    with one seed: a generator that follows the seed draws the same noise at any point, so
    they differ only when the step does not follow the gradient of f_2d. None when the
    draws do not follow the seed (a generator the harness does not seed)."""
    def implied(x1, x2):
        value = student.call("sgd_2d", x1, x2, 0, 0, globals={"eta": eta}, seed=seed).value
        got = steps.numbers(value, "sgd_2d")
        return (np.array([x1, x2]) - got[:2]) / eta - ref.grad_f_2d(x1, x2)

    a, b = steps.point(rng), steps.point(rng)
    first = implied(*a)
    if not np.allclose(implied(*a), first, rtol=0, atol=1e-6):
        return None
    return implied(*b) - first


@pytest.mark.points(0.5)
def test_noisy_gradient_step(student, rng, secret_seed):
    """steps along the gradient of f_2d plus noise of standard deviation 1 in each coordinate."""
    noise, eta, book = implied_noise(student, rng, secret_seed)
    if book:
        return
    if np.allclose(noise, 0, atol=1e-6):
        fail("the steps carry no noise: this is gd_2d. Add np.random.normal(0.1) to each "
             "coordinate of the gradient")
    error = gradient_error(student, rng, eta, (secret_seed + CALLS) % 2**31)
    # float32 rounding of the point, divided by eta, stays far below 1e-3
    if error is not None and not np.allclose(error, 0, rtol=0, atol=1e-3):
        fail("the step does not follow the gradient of f_2d: with the same noise, moving the "
             f"point changes the implied gradient by {np.round(error, 3).tolist()}; the "
             "gradient of f_2d = x1 ** 2 + 2 * x2 ** 2 is (2 * x1, 4 * x2)")
    if np.allclose(noise[:, 0], noise[:, 1], atol=1e-9):
        fail("x1 and x2 always get the same noise: draw once for each coordinate")
    spread = float(noise.std())
    if abs(spread * eta - 1) < 0.7:
        fail(f"the noise is added to the new point, not to the gradient: its effect is "
             f"{spread:.3g} times the noise's when eta={eta:.3f}. Add it to the gradient, "
             "x1 - eta * (2 * x1 + noise), so that it is scaled by eta too")
    if abs(spread / eta - 1) < 0.7:
        fail("the noise is multiplied by eta twice: add it to the gradient, "
             "x1 - eta * (2 * x1 + noise)")
    if 0.05 < spread < 0.2:
        fail(f"the noise added to the gradient has standard deviation {spread:.3g}, about "
             "0.1: the first argument of np.random.normal is the mean, not the standard "
             "deviation; np.random.normal(0.1) draws with mean 0.1 and standard deviation 1")
    # 12 draws of standard deviation 1: the mean strays 1.5 from 0.1 with a chance below 1e-7
    mean = float(noise.mean())
    expect(abs(mean - 0.1) < 1.5, f"the noise added to the gradient has mean {mean:.3g}; "
                                  "np.random.normal(0.1) has mean 0.1")
    # 12 draws: a correct generator lands outside (0.2, 4) with a chance below 1e-7.
    expect(0.2 < spread < 4, f"the noise added to the gradient has standard deviation "
                             f"{spread:.3g} over {noise.size} draws; np.random.normal(0.1) has "
                             "standard deviation 1")


@pytest.mark.points(0.5)
def test_fresh_noise(student, rng):
    """draws new noise on every call and returns (x1, x2, 0, 0)."""
    x1, x2 = steps.point(rng)
    eta = float(rng.uniform(0.02, 0.04))
    results = []
    for _ in range(2):
        value = student.call("sgd_2d", x1, x2, 0, 0, globals={"eta": eta}).value
        if isinstance(value, (tuple, list)) and len(value) != 4:
            fail(f"sgd_2d returned {len(value)} values; d2l.train_2d unpacks four: return "
                 "(x1, x2, 0, 0)")
        got = steps.numbers(value, "sgd_2d")
        if np.any(got[2:] != 0):
            fail(f"sgd_2d returned the states {tuple(got[2:])}; it keeps no state: return "
                 "(x1, x2, 0, 0)")
        results.append(got[:2])
    if np.array_equal(*results):
        fail("two calls from the same point took exactly the same step: draw new noise "
             "on every call (do not seed the generator inside sgd_2d)")
