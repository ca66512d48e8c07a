"""Hidden checks for `data_iter` (§3.2): the order is random, so check by properties."""

import numpy as np
import pytest

from autograder.testing import array_pairs, expect, fail

pytestmark = pytest.mark.exercise("data_iter")


def dataset(rng, n, d=3):
    """Column 0 of the features is the row's id; the label is 2 * id + 1."""
    features = np.column_stack([np.arange(n), rng.normal(size=(n, d - 1))]).astype("float32")
    labels = (2 * np.arange(n) + 1).astype("float32")
    return features, labels


def batches(student, batch_size, features, labels):
    items = student.call("data_iter", batch_size, features, labels, max_items=500).value
    pairs = array_pairs(items, "data_iter", "batch", "features.take(...), labels.take(...)")
    return [(X.reshape(len(X), -1) if X.ndim > 1 else X.reshape(-1, 1), y.ravel())
            for X, y in pairs]


@pytest.mark.points(0.5)
def test_batch_sizes(student, rng):
    """yields batches of batch_size rows and a smaller last batch."""
    features, labels = dataset(rng, 23)
    sizes = [len(X) for X, _ in batches(student, 5, features, labels)]
    if sizes == [5, 5, 5, 5]:
        fail("the last, smaller batch is missing: with 23 examples and batch_size 5 expected "
             "batch sizes [5, 5, 5, 5, 3]; use min(i + batch_size, num_examples)")
    expect(sizes == [5, 5, 5, 5, 3], f"with 23 examples and batch_size 5 expected batch sizes "
                                     f"[5, 5, 5, 5, 3], got {sizes}")


@pytest.mark.points(0.5)
def test_every_example_once(student, rng):
    """visits every example exactly once per pass."""
    features, labels = dataset(rng, 37)
    ids = np.concatenate([X[:, 0] for X, _ in batches(student, 4, features, labels)])
    counts = np.bincount(ids.astype(int), minlength=37) if len(ids) else np.zeros(37)
    missing, repeated = int((counts == 0).sum()), int((counts > 1).sum())
    if repeated == 0 and len(ids) == 37 - 37 % 4 and missing == 37 % 4:
        fail(f"one pass visited only {len(ids)} of the 37 examples with batch_size 4: the last, "
             "smaller batch is missing; use min(i + batch_size, num_examples)")
    hint = (" (shuffle a list of all indices and slice it, instead of drawing indices at "
            "random)" if repeated else "")
    expect(len(ids) == 37 and missing == 0,
           f"one pass should visit each of the 37 examples once; {missing} never appeared and "
           f"{repeated} appeared more than once{hint}")


@pytest.mark.points(0.5)
def test_labels_match_features(student, rng):
    """keeps each example's label with its features."""
    features, labels = dataset(rng, 30)
    pairs = batches(student, 7, features, labels)
    expect(pairs, "data_iter yielded no batches")
    for X, y in pairs:
        if len(X) != len(y):
            fail(f"a batch has {len(X)} feature rows but {len(y)} labels")
        if not np.allclose(y, 2 * X[:, 0] + 1, rtol=1e-5, atol=1e-5):
            fail("the labels in a batch do not belong to the features in that batch: take "
                 "the same shuffled indices from features and labels")


@pytest.mark.points(0.5)
def test_order_is_random(student, rng):
    """shuffles the examples anew on every pass."""
    features, labels = dataset(rng, 100)
    first = np.concatenate([X[:, 0] for X, _ in batches(student, 10, features, labels)])
    second = np.concatenate([X[:, 0] for X, _ in batches(student, 10, features, labels)])
    expect(len(first) == len(second) == 100, "each pass should yield all 100 examples")
    expect(not np.array_equal(first, np.arange(100)),
           "the examples come in their original order: shuffle the indices first")
    expect(not np.array_equal(first, second),
           "two passes gave the same order: shuffle anew each time the generator runs")
