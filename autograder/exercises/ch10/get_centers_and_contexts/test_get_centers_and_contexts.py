"""Hidden checks for `get_centers_and_contexts(dataset, max_window_size)` (§10.3): sentences
of distinct words (so that each context tells its center's position and window size), with
sentences of one and zero words among them. Python's random is seeded; the window-size
statistics use six standard deviations over about 500 centers."""

import random

import pytest

from autograder.testing import fail_if
from d2l.selfcheck.ch10.get_centers_and_contexts import public as ex

pytestmark = pytest.mark.exercise("get_centers_and_contexts")

SEED = 1003


def run(student, rng, num_sentences, length, max_window_size, seed):
    dataset = ex.make_dataset(rng, num_sentences, length)
    return dataset, student.call("get_centers_and_contexts", dataset, max_window_size,
                                 seed=seed).value


@pytest.mark.points(0.5)
def test_centers(student, rng):
    """the centers are every word of the sentences with at least 2 words, in order;
    shorter sentences are skipped."""
    dataset, got = run(student, random.Random(SEED), 4, 6, 2, SEED)
    fail_if(ex.centers_problem(dataset, got))
    dataset, got = run(student, random.Random(int(rng.integers(2**31))), 5,
                       int(rng.integers(2, 9)), 3, SEED)
    fail_if(ex.centers_problem(dataset, got))


@pytest.mark.points(1)
def test_windows(student, rng):
    """each context is the words within distance w (1 <= w <= max_window_size) of its
    center in its sentence, the center excluded, clipped at the sentence's ends."""
    for length, max_window_size in [(7, 2), (3, 2), (12, 3)]:
        dataset, got = run(student, random.Random(SEED + length), 6, length, max_window_size,
                           SEED)
        fail_if(ex.windows_problem(dataset, max_window_size, got))
    max_window_size = int(rng.integers(2, 5))
    dataset, got = run(student, random.Random(int(rng.integers(2**31))), 6,
                       int(rng.integers(2, 10)), max_window_size, SEED)
    fail_if(ex.windows_problem(dataset, max_window_size, got))


@pytest.mark.points(0.5)
def test_random_window(student, rng):
    """the window size is drawn for each center uniformly from 1..max_window_size
    (shares of sizes 1, 2, 3 over 540 centers, six standard deviations)."""
    dataset, got = run(student, random.Random(SEED), 90, 12, 3, SEED)
    fail_if(ex.windows_problem(dataset, 3, got, stats=True))
