"""Hidden checks for `f` (§2.3) against the book's f run in MXNet, and its gradient."""

import numpy as np
import pytest

from autograder.exercises.ch02.f import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch02.f import public as ex

pytestmark = pytest.mark.exercise("f")


def inputs(rng):
    """Scalars of both signs, one beyond 1000 (b = a * 2 is not doubled again), a vector and
    a matrix; never near 0 (the loop would run long)."""
    sign = rng.choice([-1.0, 1.0])
    return [np.array([sign * rng.uniform(0.1, 3)]), np.array([-sign * rng.uniform(0.1, 3)]),
            np.array([sign * rng.uniform(1000, 1500)]),
            rng.uniform(0.5, 2, size=5) * rng.choice([-1, 1], size=5),
            rng.uniform(0.5, 2, size=(2, 3)) * rng.choice([-1, 1], size=(2, 3))]


@pytest.mark.points(0.5)
def test_values(student, rng):
    """f(a) is the book's c, for scalars of both signs, a vector and a matrix."""
    for a in inputs(rng):
        a = a.astype("float32")
        got = student.call("f", a).value
        fail_if(ex.diagnose(got, a))
        expect_close(got, ref.f(a), f"f(a) for a = {np.round(a, 3).tolist()}", 1e-6, 1e-6)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """autograd can differentiate f: a.grad == c / a, as the book shows."""
    for a in inputs(rng)[::2]:
        a = a.astype("float32")
        result = student.call("f", a, grad=[0])
        expect_close(result.grads[0], ref.grad(a),
                     f"the gradient of f at a = {np.round(a, 3).tolist()} (autograd)",
                     1e-6, 1e-6)
