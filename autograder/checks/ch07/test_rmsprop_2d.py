"""Hidden checks for `rmsprop_2d` (§7.6) against one step of MXNet's RMSProp on (x1, x2),
for f_2d = 0.1 * x1**2 + 2 * x2**2: ``gamma1`` is the book's gamma and epsilon (1e-6) is
inside the square root."""

import numpy as np
import pytest

from autograder.references import ch07 as ref
from autograder.testing import expect_close

from . import steps

pytestmark = pytest.mark.exercise("rmsprop_2d")

EPS = ref.EPS_RMSPROP


def call(student, x1, x2, s1, s2, eta, gamma):
    value = student.call("rmsprop_2d", x1, x2, s1, s2,
                         globals={"eta": eta, "gamma": gamma}).value
    return steps.numbers(value, "rmsprop_2d")


def cases(rng):
    """A random point and state, and a point where the gradient is about 1e-6."""
    eta, gamma = float(rng.uniform(0.2, 0.6)), float(rng.uniform(0.6, 0.8))
    s1, s2 = (float(s) for s in rng.uniform(0.5, 2, size=2))
    tiny = [float(v) for v in rng.uniform(1, 2, size=2) * [5e-6, 2.5e-7]]
    return [(*steps.point(rng), s1, s2, eta, gamma), (*tiny, 0.0, 0.0, eta, gamma)]


def moving_average(s, g, gamma):
    return gamma * s + (1 - gamma) * g * g


@pytest.mark.points(0.5)
def test_one_step(student, rng):
    """one step matches MXNet's RMSProp with epsilon inside the square root, tiny gradients too."""
    for x1, x2, s1, s2, eta, gamma in cases(rng):
        got = call(student, x1, x2, s1, s2, eta, gamma)[:2]
        x, s, g = np.array([x1, x2]), np.array([s1, s2]), ref.grad_f_2d(x1, x2, 0.1)
        s_new = moving_average(s, g, gamma)
        steps.name_mistake(got, x - eta * g / np.sqrt(s_new + EPS), [
            ("gamma and 1 - gamma are swapped: s = gamma * s + (1 - gamma) * g * g",
             x - eta * g / np.sqrt((1 - gamma) * s + gamma * g * g + EPS)),
            ("epsilon is outside the square root: the book divides by sqrt(s + eps), which "
             "matters when the gradient is tiny", x - eta * g / (np.sqrt(s_new) + EPS)),
            ("the step uses the old state: first update s, then step",
             x - eta * g / np.sqrt(s + EPS)),
            ("it uses gamma = 0.9 instead of the global gamma (the grader sets its own "
             "value: read eta and gamma, do not assign them inside the function)",
             x - eta * g / np.sqrt(moving_average(s, g, 0.9) + EPS)),
            ("it uses eta = 0.4 instead of the global eta (the grader sets its own value)",
             x - 0.4 * g / np.sqrt(s_new + EPS)),
        ], steps.RTOL_2D, steps.ATOL_2D)
        expected, _ = ref.rmsprop_2d(x1, x2, s1, s2, eta, gamma)
        expect_close(got, expected, f"(x1, x2) after one step from ({x1:.3g}, {x2:.3g}) "
                     f"with state ({s1:.3g}, {s2:.3g})", rtol=steps.RTOL_2D, atol=steps.ATOL_2D)


@pytest.mark.points(0.5)
def test_state(student, rng):
    """returns the moving average gamma * s + (1 - gamma) * g * g for each coordinate."""
    x1, x2, s1, s2, eta, gamma = cases(rng)[0]
    got = call(student, x1, x2, s1, s2, eta, gamma)[2:]
    s, g = np.array([s1, s2]), ref.grad_f_2d(x1, x2, 0.1)
    steps.name_mistake(got, moving_average(s, g, gamma), [
        ("it returns the old states: return the new (s1, s2), which the next step needs", s),
        ("gamma and 1 - gamma are swapped: s = gamma * s + (1 - gamma) * g * g",
         (1 - gamma) * s + gamma * g * g),
        ("the state accumulates like AdaGrad's: RMSProp keeps a moving average, "
         "s = gamma * s + (1 - gamma) * g * g", s + g * g),
        ("it uses gamma = 0.9 instead of the global gamma (the grader sets its own value: "
         "read eta and gamma, do not assign them inside the function)",
         moving_average(s, g, 0.9)),
    ], steps.RTOL_2D, steps.ATOL_2D)
    _, expected = ref.rmsprop_2d(x1, x2, s1, s2, eta, gamma)
    expect_close(got, expected, "the new states (s1, s2)", rtol=steps.RTOL_2D,
                 atol=steps.ATOL_2D)
