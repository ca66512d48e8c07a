"""Hidden checks for `gram` (§9.11) against nd.linalg.syrk, gradient included."""

import pytest

from autograder.exercises.ch09.gram import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.gram import public as ex

pytestmark = pytest.mark.exercise("gram")


def shapes(rng):
    return [(1, 3, 4, 5), (1, 1, 3, 3),
            (1, int(rng.integers(2, 7)), int(rng.integers(2, 7)), int(rng.integers(2, 7)))]


@pytest.mark.points(0.5)
def test_values(student, rng):
    """X X^T / (c * n) for (1, c, h, w) inputs, shape (c, c)."""
    for shape in shapes(rng):
        X = (rng.normal(size=shape) * 2).astype("float32")
        got = student.call("gram", X).value
        fail_if(ex.diagnose(got, X))
        expect_close(got, ref.gram(X), f"gram of a {shape} input", *ex.tol(X))


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradient back through autograd."""
    for shape in shapes(rng)[::2]:
        X = rng.normal(size=shape).astype("float32")
        head = rng.normal(size=(shape[1], shape[1])).astype("float32")
        result = student.call("gram", X, grad=[0], head_grad=head)
        expect_close(result.grads[0], ref.gram_grad(X, head), "the gradient with respect to X",
                     1e-4, 1e-6)
