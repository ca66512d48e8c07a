"""Hidden checks for `data_iter_consecutive` (§6.3) against the book's layout (MXNet slices).

The corpus is a permutation of 0 .. n-1, so each index says where it sits in the corpus.
Only the check of the labels looks at Y.
"""

import pytest

from autograder.exercises.ch06._sampling import corpora, located_X, minibatches
from autograder.exercises.ch06.data_iter_consecutive import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch06.data_iter_consecutive import public as ex
from d2l.selfcheck.ch06.data_iter_random import public as shared

pytestmark = pytest.mark.exercise("data_iter_consecutive")
NAME = "data_iter_consecutive"


def batches(student, indices, batch_size, num_steps, labels=True):
    return minibatches(student, NAME, indices, batch_size, num_steps, labels,
                       structure=ex.structure)


@pytest.mark.points(0.5)
def test_minibatches(student, rng):
    """yields (len // batch_size - 1) // num_steps minibatches, X (batch_size, num_steps)."""
    for n, batch_size, num_steps in ((103, 4, 5), (96, 3, 4)):
        for indices, _ in corpora(rng, n):
            got = batches(student, indices, batch_size, num_steps, labels=False)
            fail_if(ex.wrong_count(got, n, batch_size, num_steps))


@pytest.mark.points(0.5)
def test_labels_shifted(student, rng):
    """Y is X shifted one position ahead in the corpus, row by row."""
    for indices, positions in corpora(rng, 90):
        fail_if(shared.labels(batches(student, indices, 3, 7), positions, indices, 7))


@pytest.mark.points(0.5)
def test_batches_continue(student, rng):
    """each row continues in the next minibatch where it stopped in the previous one."""
    for indices, positions in corpora(rng, 150):
        got = batches(student, indices, 4, 6, labels=False)
        fail_if(ex.continues(located_X(got, positions)))


@pytest.mark.points(0.5)
def test_layout(student, rng):
    """row r of X reads the r-th of batch_size equal parts of the corpus, as in the book."""
    n, batch_size, num_steps = 131, 5, 4
    for indices, positions in corpora(rng, n):
        got = batches(student, indices, batch_size, num_steps, labels=False)
        expected = [X for X, _ in ref.data_iter_consecutive(indices, batch_size, num_steps)]
        fail_if(ex.layout(got, located_X(got, positions), expected, n, batch_size, num_steps))
