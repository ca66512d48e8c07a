"""Hidden checks for `get_negatives(all_contexts, sampling_weights, K)` (§10.3): a vocabulary
of 8 words with weights count**0.75 (counts 1 to 10000), contexts of 1 to 4 distinct words
(frequent words more often), K = 3 (not the book's 5, so that a hard-coded 5 shows).
Python's random is seeded; the counts of each noise word, and the sum of log(weight) over
the draws, are compared with the expected ones, six standard deviations."""

import random

import pytest

from autograder.testing import fail_if
from d2l.selfcheck.ch10.get_negatives import public as ex

pytestmark = pytest.mark.exercise("get_negatives")

SEED = 777


def run(student, seed, n, K, weights=ex.WEIGHTS):
    contexts = ex.make_contexts(random.Random(seed), n, vocab=len(weights))
    return contexts, student.call("get_negatives", contexts, list(weights), K,
                                  seed=SEED).value


@pytest.mark.points(0.5)
def test_count(student, rng):
    """len(contexts) * K noise words per center, each an index into sampling_weights."""
    for K in (3,):
        contexts, got = run(student, SEED + K, 30, K)
        fail_if(ex.count_problem(contexts, K, len(ex.WEIGHTS), got))
    weights = [float(w) for w in rng.uniform(0.5, 3, size=int(rng.integers(6, 12)))]
    K = int(rng.integers(2, 5))
    contexts, got = run(student, int(rng.integers(2**31)), 20, K, weights)
    fail_if(ex.count_problem(contexts, K, len(weights), got))


@pytest.mark.points(0.5)
def test_not_contexts(student, rng):
    """no noise word is one of its own center's context words (200 centers)."""
    contexts, got = run(student, SEED, 200, 3)
    fail_if(ex.exclusion_problem(contexts, got))


@pytest.mark.points(0.5)
def test_weights(student, rng):
    """noise words are drawn in proportion to sampling_weights, among the words that are
    not the center's contexts (about 2000 draws, six standard deviations)."""
    contexts, got = run(student, SEED + 1, 300, 3)
    fail_if(ex.distribution_problem(contexts, ex.WEIGHTS, got))
