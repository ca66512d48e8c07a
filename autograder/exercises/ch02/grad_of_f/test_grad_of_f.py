"""Hidden checks for `grad_of_f` (§2.3) against autograd through the book's f; the notebook's
`f` is the grader's copy of the book's while they run, or `cube` (a ** 3)."""

import numpy as np
import pytest

from autograder.exercises.ch02.grad_of_f import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch02.grad_of_f import public as ex

pytestmark = pytest.mark.exercise("grad_of_f")

BOOK_F = {"f": "f"}


def away_from_zero(rng, shape):
    return (rng.uniform(0.3, 2, size=shape) * rng.choice([-1, 1], size=shape)).astype("float32")


def run(student, a, stand_ins, expected, name):
    c, want = expected(a)
    got = student.call("grad_of_f", a, stand_ins=stand_ins).value
    fail_if(ex.diagnose(got, a, c, want))
    expect_close(got, want, name, 1e-5, 1e-6)


@pytest.mark.points(0.5)
def test_scalars(student, rng):
    """scalars a of either sign: the gradient of the book's f, c / a."""
    for sign in (1, -1):
        a = np.array([sign * rng.uniform(0.3, 2)], "float32")
        run(student, a, BOOK_F, ref.value_and_grad, f"grad_of_f(a) for a = {a.tolist()}")


@pytest.mark.points(0.5)
def test_vectors_and_matrices(student, rng):
    """a vector and a matrix a (the book's exercise): still c / a, elementwise."""
    for shape in [(5,), (3, 2)]:
        a = away_from_zero(rng, shape)
        run(student, a, BOOK_F, ref.value_and_grad, f"grad_of_f(a) for a {shape} a")


@pytest.mark.points(0.5)
def test_uses_autograd(student, rng):
    """asks autograd, whatever f is: with f(a) = a ** 3 it returns 3 a ** 2."""
    a = away_from_zero(rng, (4,))
    run(student, a, {"f": "grad_of_f.cube"}, ref.cube_grad,
        "grad_of_f(a) with f(a) = a ** 3, whose gradient is 3 a ** 2")
