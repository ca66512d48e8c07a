"""Hidden checks for `adagrad_2d` (§7.5) against one step of MXNet's AdaGrad on (x1, x2),
for f_2d = 0.1 * x1**2 + 2 * x2**2, with the book's epsilon 1e-6 inside the square root."""

import numpy as np
import pytest

from autograder.references import ch07 as ref
from autograder.testing import expect_close

from . import steps

pytestmark = pytest.mark.exercise("adagrad_2d")

EPS = ref.EPS_ADAGRAD


def call(student, x1, x2, s1, s2, eta):
    value = student.call("adagrad_2d", x1, x2, s1, s2, globals={"eta": eta}).value
    return steps.numbers(value, "adagrad_2d")


def cases(rng):
    """A random point and state, and a point so near the minimum that the gradient is
    about 1e-6 (where epsilon decides the step)."""
    eta = float(rng.uniform(0.2, 0.6))
    s1, s2 = (float(s) for s in rng.uniform(0.5, 2, size=2))
    tiny = [float(v) for v in rng.uniform(1, 2, size=2) * [5e-6, 2.5e-7]]
    return [(*steps.point(rng), s1, s2, eta), (*tiny, 0.0, 0.0, eta)]


@pytest.mark.points(0.5)
def test_one_step(student, rng):
    """one step matches MXNet's AdaGrad with epsilon inside the square root, tiny gradients too."""
    for x1, x2, s1, s2, eta in cases(rng):
        got = call(student, x1, x2, s1, s2, eta)[:2]
        x, s, g = np.array([x1, x2]), np.array([s1, s2]), ref.grad_f_2d(x1, x2, 0.1)
        s_new = s + g * g
        steps.name_mistake(got, x - eta * g / np.sqrt(s_new + EPS), [
            ("epsilon is outside the square root: the book divides by sqrt(s + eps), which "
             "matters when the gradient is tiny", x - eta * g / (np.sqrt(s_new) + EPS)),
            ("the square root is missing: divide by sqrt(s + eps)", x - eta * g / (s_new + EPS)),
            ("the step uses only this gradient's square: AdaGrad divides by the square root "
             "of the accumulated s + g * g", x - eta * g / np.sqrt(g * g + EPS)),
            ("the step uses the old state: first accumulate s = s + g * g, then step",
             x - eta * g / np.sqrt(s + EPS)),
            ("it uses eta = 0.4 instead of the global eta (the grader sets its own value)",
             x - 0.4 * g / np.sqrt(s_new + EPS)),
        ], steps.RTOL_2D, steps.ATOL_2D)
        expected, _ = ref.adagrad_2d(x1, x2, s1, s2, eta)
        expect_close(got, expected, f"(x1, x2) after one step from ({x1:.3g}, {x2:.3g}) "
                     f"with state ({s1:.3g}, {s2:.3g})", rtol=steps.RTOL_2D, atol=steps.ATOL_2D)


@pytest.mark.points(0.5)
def test_state(student, rng):
    """returns the accumulated state s + g * g for each coordinate."""
    x1, x2, s1, s2, eta = cases(rng)[0]
    got = call(student, x1, x2, s1, s2, eta)[2:]
    s, g = np.array([s1, s2]), ref.grad_f_2d(x1, x2, 0.1)
    steps.name_mistake(got, s + g * g, [
        ("it returns the old states: return the new (s1, s2) = s + g * g, which the next "
         "step needs", s),
        ("the state is only this gradient's square: AdaGrad accumulates, s = s + g * g", g * g),
        ("the state adds the gradient, not its square: s = s + g * g", s + g),
    ], steps.RTOL_2D, steps.ATOL_2D)
    _, expected = ref.adagrad_2d(x1, x2, s1, s2, eta)
    expect_close(got, expected, "the new states (s1, s2)", rtol=steps.RTOL_2D,
                 atol=steps.ATOL_2D)
