"""Hidden checks for `data_iter_random` (§6.3): the order is random, so check by properties.

The corpus is a permutation of 0 .. n-1, so each index says where it sits in the corpus.
"""

import numpy as np
import pytest

from autograder.testing import expect, fail

from ._sampling import corpus, expect_labels_shifted, expect_rows_contiguous, locate, minibatches

pytestmark = pytest.mark.exercise("data_iter_random")

HINTS = [("source_array must be array like",
          "the rows have different lengths: the last example's labels run past the end of "
          "the corpus. There are num_examples = (len(corpus_indices) - 1) // num_steps "
          "examples (the - 1 leaves room for the last label)")]


def one_pass(student, rng, n, batch_size, num_steps):
    indices, positions = corpus(rng, n)
    batches = minibatches(student, "data_iter_random", indices, batch_size, num_steps)
    return batches, locate(batches, positions, n)


@pytest.mark.points(0.5)
def test_minibatches(student, rng):
    """yields ((len - 1) // num_steps) // batch_size minibatches, each (batch_size, num_steps)."""
    for n, batch_size, num_steps in ((100, 5, 4), (61, 3, 5)):
        batches, _ = one_pass(student, rng, n, batch_size, num_steps)
        num_examples = (n - 1) // num_steps
        expected = num_examples // batch_size
        if len(batches) == expected + 1 and num_examples % batch_size:
            fail(f"{len(batches)} minibatches for {num_examples} examples in batches of "
                 f"{batch_size}: the leftover examples should be skipped, "
                 "epoch_size = num_examples // batch_size")
        expect(len(batches) == expected,
               f"a corpus of {n} indices with batch_size {batch_size} and num_steps "
               f"{num_steps} holds (n - 1) // num_steps = {num_examples} examples, which "
               f"make {expected} minibatches; got {len(batches)}")


@pytest.mark.points(0.5)
def test_labels_shifted(student, rng):
    """Y is X shifted one position ahead in the corpus, row by row."""
    _, located = one_pass(student, rng, 97, 4, 6)
    expect_rows_contiguous(located)
    expect_labels_shifted(located, 6)


@pytest.mark.points(0.5)
def test_examples(student, rng):
    """uses each non-overlapping example (starting at a multiple of num_steps) once per pass."""
    n, batch_size, num_steps = 121, 4, 5  # 24 examples: 6 full minibatches
    _, located = one_pass(student, rng, n, batch_size, num_steps)
    expect_rows_contiguous(located)
    starts = np.concatenate([X[:, 0] for X, _ in located]) if located else np.array([])
    if (starts % num_steps != 0).any():
        fail("some examples do not start at a multiple of num_steps, so they overlap: "
             "example j starts at j * num_steps")
    repeated = len(starts) - len(set(starts.tolist()))
    if repeated:
        fail(f"{repeated} examples appear more than once in one pass: shuffle the list of "
             "example numbers and slice it, instead of drawing examples at random")
    expected = set(range(0, (n - 1) // num_steps * num_steps, num_steps))
    missing = sorted(expected - set(starts.tolist()))
    expect(not missing, f"with {len(expected)} examples and batch_size {batch_size}, one pass "
                        f"should use every example once; the ones starting at {missing[:5]} "
                        "never appeared")


@pytest.mark.points(0.5)
def test_random_order(student, rng):
    """shuffles the examples anew on every pass."""
    n, batch_size, num_steps = 201, 5, 4
    indices, positions = corpus(rng, n)
    passes = []
    for _ in range(2):
        batches = minibatches(student, "data_iter_random", indices, batch_size, num_steps)
        located = locate(batches, positions, n)
        passes.append([int(s) for X, _ in located for s in X[:, 0]])
    first, second = passes
    expect(first != sorted(first), "the examples come in their corpus order: shuffle the "
                                   "example numbers with random.shuffle first")
    expect(first != second, "two passes gave the same order: shuffle anew each time the "
                            "generator runs")
