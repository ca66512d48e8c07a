"""Hidden checks for `momentum_2d` (§7.4) against one step of MXNet's momentum SGD on
(x1, x2), for f_2d = 0.1 * x1**2 + 2 * x2**2. MXNet keeps the velocity as -v."""

import numpy as np
import pytest

from autograder.references import ch07 as ref
from autograder.testing import expect_close

from . import steps

pytestmark = pytest.mark.exercise("momentum_2d")

FLIPPED = ("the velocity has the opposite sign of the book's (MXNet's convention, v = gamma * "
           "v - eta * grad and x = x + v): use v = gamma * v + eta * grad and x = x - v")


def inputs(rng):
    x1, x2 = steps.point(rng)
    v1, v2 = (float(v) for v in rng.normal(size=2))
    eta, gamma = float(rng.uniform(0.1, 0.3)), float(rng.uniform(0.6, 0.9))
    return x1, x2, v1, v2, eta, gamma


def call(student, x1, x2, v1, v2, eta, gamma):
    value = student.call("momentum_2d", x1, x2, v1, v2,
                         globals={"eta": eta, "gamma": gamma}).value
    return steps.numbers(value, "momentum_2d")


@pytest.mark.points(0.5)
def test_one_step(student, rng):
    """one step from a random point and velocity matches MXNet's momentum SGD."""
    x1, x2, v1, v2, eta, gamma = inputs(rng)
    got = call(student, x1, x2, v1, v2, eta, gamma)[:2]
    x, v_in, g = np.array([x1, x2]), np.array([v1, v2]), ref.grad_f_2d(x1, x2, 0.1)
    v = gamma * v_in + eta * g
    steps.name_mistake(got, x - v, [
        ("the step goes uphill: x = x - v", x + v),
        (FLIPPED, x + gamma * v_in - eta * g),
        ("the learning rate is applied twice: it is already inside v = gamma * v + eta * "
         "grad, so x = x - v", x - eta * v),
        ("the gradient is that of §7.2's f_2d; from §7.4 on f_2d = 0.1 * x1**2 + 2 * x2**2, "
         "whose gradient is (0.2 * x1, 4 * x2)", x - gamma * v_in - eta * ref.grad_f_2d(x1, x2)),
        ("eta and gamma are swapped: v = gamma * v + eta * grad", x - eta * v_in - gamma * g),
        ("it uses eta = 0.4 and gamma = 0.5 instead of the globals (the grader sets its own "
         "values: read eta and gamma, do not assign them inside the function)",
         x - 0.5 * v_in - 0.4 * g),
    ], steps.RTOL_2D, steps.ATOL_2D)
    expected, _ = ref.momentum_2d(x1, x2, v1, v2, eta, gamma)
    expect_close(got, expected, f"(x1, x2) after one step with eta={eta:.3f}, "
                 f"gamma={gamma:.3f}", rtol=steps.RTOL_2D, atol=steps.ATOL_2D)


@pytest.mark.points(0.5)
def test_velocity(student, rng):
    """returns the new velocity gamma * v + eta * grad, with the book's sign."""
    x1, x2, v1, v2, eta, gamma = inputs(rng)
    got = call(student, x1, x2, v1, v2, eta, gamma)[2:]
    v_in, g = np.array([v1, v2]), ref.grad_f_2d(x1, x2, 0.1)
    steps.name_mistake(got, gamma * v_in + eta * g, [
        ("it returns the old velocities: return the new (v1, v2), which the next step "
         "needs", v_in),
        (FLIPPED, gamma * v_in - eta * g),
        ("the velocity has the opposite sign of the book's (MXNet keeps -v): return "
         "v = gamma * v + eta * grad", -(gamma * v_in + eta * g)),
        ("the velocity lacks the learning rate: v = gamma * v + eta * grad", gamma * v_in + g),
        ("eta and gamma are swapped: v = gamma * v + eta * grad", eta * v_in + gamma * g),
        ("it uses eta = 0.4 and gamma = 0.5 instead of the globals (the grader sets its own "
         "values: read eta and gamma, do not assign them inside the function)",
         0.5 * v_in + 0.4 * g),
    ], steps.RTOL_2D, steps.ATOL_2D)
    _, expected = ref.momentum_2d(x1, x2, v1, v2, eta, gamma)
    expect_close(got, expected, "the new velocities (v1, v2)", rtol=steps.RTOL_2D,
                 atol=steps.ATOL_2D)
