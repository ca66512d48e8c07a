"""Hidden checks for `get_k_fold_data` (§3.16) against the book's split."""

import pytest

from autograder.exercises.ch03.get_k_fold_data import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch03.get_k_fold_data import public as ex

pytestmark = pytest.mark.exercise("get_k_fold_data")


def compare(student, k, i, n):
    X, y = ref.data(n)
    got = student.get_k_fold_data(k, i, X, y)
    fail_if(ex.not_four_arrays(got))
    fail_if(ex.wrong_split(got, ref.get_k_fold_data(k, i, X, y), k, i, n))


@pytest.mark.points(0.5)
def test_middle_fold(student):
    """splits off a middle fold as validation data."""
    compare(student, 4, 2, 24)


@pytest.mark.points(0.5)
def test_first_and_last_fold(student):
    """handles the first and the last fold."""
    compare(student, 5, 0, 20)
    compare(student, 5, 4, 20)


@pytest.mark.points(0.5)
def test_leftover_rows(student):
    """ignores the n % k rows left over at the end."""
    compare(student, 4, 1, 23)


@pytest.mark.points(0.5)
def test_random_sizes(student, rng):
    """works for other k, a middle fold i and n with rows left over."""
    compare(student, 6, 3, 27)  # the same in every run
    k = int(rng.integers(3, 7))
    n = k * int(rng.integers(3, 8)) + int(rng.integers(1, k))
    compare(student, k, int(rng.integers(1, k - 1)), n)
