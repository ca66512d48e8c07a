"""Hidden checks for `get_k_fold_data` (§3.16) against the book's split."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, describe, expect_close, fail

pytestmark = pytest.mark.exercise("get_k_fold_data")
NAMES = ("X_train", "y_train", "X_valid", "y_valid")


def data(n, d=3):
    X = np.arange(n * d, dtype="float32").reshape(n, d)
    y = np.arange(n, dtype="float32").reshape(n, 1)
    return X, y


def split(student, k, i, X, y):
    got = student.get_k_fold_data(k, i, X, y)
    if not isinstance(got, (tuple, list)) or len(got) != 4:
        fail(f"get_k_fold_data should return (X_train, y_train, X_valid, y_valid), got "
             f"{describe(got)}")
    arrays = [as_numpy(a) for a in got]
    for name, arr, raw in zip(NAMES, arrays, got):
        if arr is None:
            fail(f"{name} should be an NDArray, got {describe(raw)}")
    return arrays


def compare(student, k, i, n):
    X, y = data(n)
    got = split(student, k, i, X, y)
    expected = ref.get_k_fold_data(k, i, X, y)
    fold = n // k
    valid_ids = got[3].ravel()
    if valid_ids.size == fold and not np.array_equal(valid_ids, expected[3].ravel()):
        for shift in (-1, 1):
            j = i + shift
            if 0 <= j < k and np.array_equal(valid_ids, np.arange(j * fold, (j + 1) * fold)):
                fail(f"with k={k}, i={i} the validation set is fold {j}: fold i covers rows "
                     f"i * fold_size to (i + 1) * fold_size - 1, counting folds from 0")
    train_ids = got[1].ravel()
    if np.isin(expected[3].ravel(), train_ids).any():
        fail("the validation fold is also in the training set")
    if train_ids.size > expected[1].size and np.isin(np.arange(k * fold, n), train_ids).any():
        fail(f"the {n % k} rows left over after k folds of n // k rows ended up in the "
             "training set; leave them out, as the book does")
    if (train_ids.size == expected[1].size and not np.array_equal(train_ids, expected[1].ravel())
            and np.array_equal(np.sort(train_ids), expected[1].ravel())):
        fail("the training set has the right rows but not in their original order: "
             "concatenate the folds other than i in the order j = 0, 1, ..., k - 1")
    for name, g, e in zip(NAMES, got, expected):
        expect_close(g, e, f"{name} for k={k}, i={i}, n={n}", rtol=0, atol=0)


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
    k = int(rng.integers(3, 7))
    n = k * int(rng.integers(3, 8)) + int(rng.integers(1, k))
    compare(student, k, int(rng.integers(1, k - 1)), n)
