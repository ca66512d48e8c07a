"""Hidden checks for `data_iter_consecutive` (§6.3) against the book's layout (MXNet slices).

The corpus is a permutation of 0 .. n-1, so each index says where it sits in the corpus.
"""

import numpy as np
import pytest

from autograder.references import ch06 as ref
from autograder.testing import expect, expect_close, fail

from ._sampling import corpus, expect_labels_shifted, expect_rows_contiguous, locate, minibatches

pytestmark = pytest.mark.exercise("data_iter_consecutive")

HINTS = [("cannot reshape", "reshape only the first batch_size * batch_len indices, "
                            "batch_len = len(corpus_indices) // batch_size")]


def one_pass(student, rng, n, batch_size, num_steps):
    indices, positions = corpus(rng, n)
    batches = minibatches(student, "data_iter_consecutive", indices, batch_size, num_steps)
    return indices, batches, locate(batches, positions, n)


@pytest.mark.points(0.5)
def test_minibatches(student, rng):
    """yields (len // batch_size - 1) // num_steps minibatches of shape (batch_size, num_steps)."""
    for n, batch_size, num_steps in ((103, 4, 5), (96, 3, 4)):
        _, batches, _ = one_pass(student, rng, n, batch_size, num_steps)
        batch_len = n // batch_size
        expected = (batch_len - 1) // num_steps
        expect(len(batches) == expected,
               f"a corpus of {n} indices in {batch_size} rows of batch_len = {batch_len} "
               f"makes (batch_len - 1) // num_steps = {expected} minibatches of {num_steps} "
               f"steps; got {len(batches)}")


@pytest.mark.points(0.5)
def test_labels_shifted(student, rng):
    """Y is X shifted one position ahead in the corpus, row by row."""
    _, _, located = one_pass(student, rng, 90, 3, 7)
    expect_rows_contiguous(located)
    expect_labels_shifted(located, 7)


@pytest.mark.points(0.5)
def test_batches_continue(student, rng):
    """each row continues in the next minibatch where it stopped in the previous one."""
    _, _, located = one_pass(student, rng, 150, 4, 6)
    expect_rows_contiguous(located)
    expect(len(located) > 1, "there should be several minibatches")
    for (X, _), (X_next, _) in zip(located, located[1:]):
        if (X_next[:, 0] == X[:, 0] + 1).all():
            fail("the next minibatch starts one position after the previous one, so they "
                 "overlap: minibatch i holds columns i * num_steps to (i + 1) * num_steps - 1")
        expect((X_next[:, 0] == X[:, -1] + 1).all(),
               "row r of a minibatch should continue row r of the previous minibatch: the "
               "first index of the next one is the index right after the last of this one")


@pytest.mark.points(0.5)
def test_layout(student, rng):
    """row r of X reads the r-th of batch_size equal parts of the corpus, as in the book."""
    n, batch_size, num_steps = 131, 5, 4
    indices, batches, located = one_pass(student, rng, n, batch_size, num_steps)
    expected = ref.data_iter_consecutive(indices, batch_size, num_steps)
    batch_len = n // batch_size
    if located and (located[0][0][:, 0] != np.arange(batch_size) * batch_len).any():
        fail(f"row r of the first minibatch should start at position r * batch_len (batch_len "
             f"= len // batch_size = {batch_len}), got starts "
             f"{located[0][0][:, 0].tolist()}: reshape the corpus to (batch_size, batch_len)")
    expect(len(batches) == len(expected), f"expected {len(expected)} minibatches, got "
                                          f"{len(batches)}")
    for k, (X, _) in enumerate(located):
        starts = np.arange(batch_size) * batch_len + k * num_steps
        wrong = np.flatnonzero(X[:, 0] != starts)
        if len(wrong):
            r = int(wrong[0])
            fail(f"row {r} of minibatch {k} starts at corpus position {int(X[r, 0])}; it "
                 f"should start at r * batch_len + k * num_steps = {int(starts[r])}")
    # Y is checked against X by test_labels_shifted; here only where X reads the corpus.
    for k, ((X, _), (X_ref, _)) in enumerate(zip(batches, expected)):
        expect_close(X, X_ref, f"X of minibatch {k}", rtol=0, atol=0)
