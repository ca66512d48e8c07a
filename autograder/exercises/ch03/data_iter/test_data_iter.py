"""Hidden checks for `data_iter` (§3.2): the order is random, so check by properties.

Every data set has the same size in every run (the sizes are what expose the mistakes);
only the features' other columns are drawn from the run's seed.
"""

import pytest

from autograder.testing import fail_if, is_ndarray
from d2l.selfcheck.ch03.data_iter import public as ex

pytestmark = pytest.mark.exercise("data_iter")


def batches(student, rng, batch_size, n):
    features, labels = ex.dataset(n, rng.normal(size=(n, 2)))
    items = student.call("data_iter", batch_size, features, labels,
                         max_items=ex.MAX_ITEMS).value
    fail_if(ex.not_batches(items, is_ndarray))
    return ex.pairs(items)


@pytest.mark.points(0.5)
def test_batch_sizes(student, rng):
    """yields batches of batch_size rows and a smaller last batch."""
    fail_if(ex.wrong_sizes([len(X) for X, _ in batches(student, rng, 5, 23)], 23, 5))


@pytest.mark.points(0.5)
def test_every_example_once(student, rng):
    """visits every example exactly once per pass."""
    fail_if(ex.not_each_once(ex.ids(batches(student, rng, 4, 37)), 37, 4))


@pytest.mark.points(0.5)
def test_labels_match_features(student, rng):
    """keeps each example's label with its features."""
    fail_if(ex.labels_apart(batches(student, rng, 7, 30)))


@pytest.mark.points(0.5)
def test_order_is_random(student, rng):
    """shuffles the examples anew on every pass."""
    first, second = (ex.ids(batches(student, rng, 10, 100)) for _ in range(2))
    fail_if(ex.not_shuffled(first, second, 100))
