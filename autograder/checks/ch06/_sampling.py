"""Shared by the checks of the two samplers of §6.3: collect the minibatches a student's
generator yields and find where each row comes from in the corpus.

The corpus given to the student is a random permutation of ``0 .. n-1``, so every index
occurs once and tells its own position: ``positions[X]`` is where each entry of ``X`` sits
in the corpus. A hard-coded ``Y = X + 1`` does not pass.
"""

import numpy as np

from autograder.testing import array_pairs, expect, fail


def corpus(rng, n):
    """A corpus of ``n`` distinct indices (a list of ints, as the loaders return it)."""
    values = rng.permutation(n)
    positions = np.empty(n, dtype=int)
    positions[values] = np.arange(n)
    return [int(v) for v in values], positions


def minibatches(student, name, corpus_indices, batch_size, num_steps):
    """The ``(X, Y)`` pairs of one pass, as integer NumPy arrays."""
    items = student.call(name, corpus_indices, batch_size, num_steps, max_items=500).value
    pairs = array_pairs(items, name, "minibatch", "nd.array(..., ctx)")
    out = []
    for k, (X, Y) in enumerate(pairs):
        last = k == len(pairs) - 1
        if last and X.shape == Y.shape and X.shape[1:] == (num_steps,) and \
                0 < X.shape[0] < batch_size:
            fail(f"the last minibatch holds only {X.shape[0]} examples: yield full "
                 "minibatches only, epoch_size = num_examples // batch_size (the examples "
                 "left over are skipped)")
        if last and X.shape == (batch_size, num_steps) and Y.shape[0] == batch_size and \
                Y.shape[1:] < (num_steps,):
            fail(f"Y of the last minibatch has shape {Y.shape}: its labels run past the end "
                 "of the data, so there is one minibatch too many; with consecutive "
                 "sampling epoch_size = (batch_len - 1) // num_steps")
        if X.shape != (batch_size, num_steps) or Y.shape != (batch_size, num_steps):
            fail(f"minibatch {k} holds X of shape {X.shape} and Y of shape {Y.shape}; both "
                 f"should be (batch_size, num_steps) = {(batch_size, num_steps)}")
        out.append((X.astype(np.int64), Y.astype(np.int64)))
    return out


def locate(batches, positions, n):
    """The corpus positions of every entry of every ``X`` and ``Y``; fails on indices that
    are not in the corpus."""
    located = []
    for X, Y in batches:
        if X.min() < 0 or max(X.max(), Y.max()) >= n or Y.min() < 0:
            fail("a minibatch holds numbers that are not indices of the corpus")
        located.append((positions[X], positions[Y]))
    return located


def expect_rows_contiguous(located):
    """Each row of X is a piece of the corpus read left to right."""
    for X, _ in located:
        expect((np.diff(X, axis=1) == 1).all(),
               "a row of X is not a contiguous piece of the corpus: row i should hold "
               "num_steps consecutive indices, in the corpus' order")


def expect_labels_shifted(located, num_steps):
    """Each Y is its X shifted one position ahead."""
    for X, Y in located:
        if (Y == X).all():
            fail("Y equals X: the labels must be the next characters, the same subsequences "
                 "shifted one position ahead (start at pos + 1)")
        if (X + num_steps == Y).all():
            fail("Y is the example that follows X, not X shifted by one position: Y starts "
                 "one position after X")
        if (Y == X - 1).all():
            fail("Y is X shifted one position back: Y starts one position after X")
        expect((Y == X + 1).all(), "Y should be X shifted one position ahead in the corpus: "
                                   "Y[i, t] is the index right after X[i, t]")
