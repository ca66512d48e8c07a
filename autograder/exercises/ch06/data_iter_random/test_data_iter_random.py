"""Hidden checks for `data_iter_random` (§6.3): the order is random, so check by properties.

The corpus is a permutation of 0 .. n-1, so each index says where it sits in the corpus.
Only the check of the labels looks at Y.
"""

import pytest

from autograder.exercises.ch06._sampling import corpora, located_X, minibatches
from autograder.testing import fail_if
from d2l.selfcheck.ch06.data_iter_random import public as ex

pytestmark = pytest.mark.exercise("data_iter_random")
NAME = "data_iter_random"


@pytest.mark.points(0.5)
def test_minibatches(student, rng):
    """yields ((len - 1) // num_steps) // batch_size minibatches, X (batch_size, num_steps)."""
    for n, batch_size, num_steps in ((100, 5, 4), (61, 3, 5)):
        for indices, _ in corpora(rng, n):
            batches = minibatches(student, NAME, indices, batch_size, num_steps, labels=False)
            fail_if(ex.wrong_count(batches, n, batch_size, num_steps))


@pytest.mark.points(0.5)
def test_labels_shifted(student, rng):
    """Y is X shifted one position ahead in the corpus, row by row."""
    for indices, positions in corpora(rng, 97):
        batches = minibatches(student, NAME, indices, 4, 6)
        fail_if(ex.labels(batches, positions, indices, 6))


@pytest.mark.points(0.5)
def test_examples(student, rng):
    """uses each non-overlapping example (starting at a multiple of num_steps) once per pass."""
    n, batch_size, num_steps = 121, 4, 5  # 24 examples: 6 full minibatches
    for indices, positions in corpora(rng, n):
        batches = minibatches(student, NAME, indices, batch_size, num_steps, labels=False)
        fail_if(ex.examples(located_X(batches, positions), n, batch_size, num_steps))


@pytest.mark.points(0.5)
def test_random_order(student, rng):
    """shuffles the examples anew on every pass."""
    n, batch_size, num_steps = 201, 5, 4
    for indices, positions in corpora(rng, n):
        passes = []
        for _ in range(2):
            batches = minibatches(student, NAME, indices, batch_size, num_steps, labels=False)
            passes.append([int(s) for PX in located_X(batches, positions) for s in PX[:, 0]])
        fail_if(ex.not_shuffled(passes[0]) or ex.same_order(*passes))
