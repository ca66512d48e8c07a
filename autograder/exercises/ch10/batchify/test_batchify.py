"""Hidden checks for `batchify(data)` (§10.3) against the book's (public.expected): a fixed
batch that exposes each named mistake, then a random one; sample lengths vary, so rows are
padded, and one sample has no noise words."""

import random

import pytest

from autograder.testing import fail_if, is_ndarray
from d2l.selfcheck.ch10.batchify import public as ex

pytestmark = pytest.mark.exercise("batchify")

FIXED = [(3, [1, 2], [7, 8, 9, 4, 5]), (5, [6], [2, 9]), (0, [4, 1, 3], [8, 7, 6, 5, 2, 1]),
         (7, [9], [])]


def batches(rng):
    return [FIXED, ex.make_data(random.Random(int(rng.integers(2**31))),
                                int(rng.integers(2, 9)))]


def run(student, rng, problem):
    for data in batches(rng):
        fail_if(problem(data, student.call("batchify", data).value, is_ndarray))


@pytest.mark.points(0.5)
def test_centers_contexts_negatives(student, rng):
    """centers has shape (batch_size, 1); each row of contexts_negatives is context +
    negative + 0s up to max_len = max(len(context) + len(negative))."""
    run(student, rng, ex.centers_problem)


@pytest.mark.points(0.5)
def test_masks(student, rng):
    """masks: 1 on the context and noise words, 0 on the padding."""
    run(student, rng, ex.masks_problem)


@pytest.mark.points(0.5)
def test_labels(student, rng):
    """labels: 1 on the context words, 0 on the noise words and the padding."""
    run(student, rng, ex.labels_problem)
