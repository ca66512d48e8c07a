"""Hidden checks for `focal_loss` (§9.7 exercise) against −(1 − x)^γ log x computed by
MXNet."""

import numpy as np
import pytest

from autograder.exercises.ch09.focal_loss import reference as ref
from autograder.testing import as_numpy, expect_close, fail_if
from d2l.selfcheck.ch09.focal_loss import public as ex

pytestmark = pytest.mark.exercise("focal_loss")


def check(student, gamma, x, what):
    got = student.focal_loss(gamma, x)
    expected = ref.focal_loss(gamma, x)
    arr = as_numpy(got)
    if not (arr is not None and arr.shape == expected.shape
            and np.allclose(arr, expected, 1e-5, 1e-6)):
        fail_if(ex.named(got, ref.variants(gamma, x), expected))
    expect_close(got, expected, what, rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_book_gammas(student, rng):
    """matches −(1 − x)^γ log x on the book's x = nd.arange(0.01, 1, 0.01) (shuffled),
    γ = 0, 1, 5."""
    x = rng.permutation(ref.book_x())
    for gamma in ex.GAMMAS:
        check(student, gamma, x, f"focal_loss({gamma}, x)")


@pytest.mark.points(0.5)
def test_random(student, rng):
    """matches on random probabilities of any shape, for a random non-integer γ."""
    gamma = float(rng.uniform(0.5, 4.0))
    x = rng.uniform(0.02, 0.98, size=(3, 7)).astype("float32")
    check(student, gamma, x, f"focal_loss({gamma:.3f}, x) of a (3, 7) input")
