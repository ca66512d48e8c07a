"""Shared by the hidden checks of the two samplers of §6.3: the corpora they read and the
minibatches a student's generator yields (the diagnoses are in
``d2l.selfcheck.ch06.data_iter_random.public``).

Each corpus is a permutation of ``0 .. n-1``, so every index occurs once and tells its own
position. Every check reads a fixed corpus (the same in every run) and a random one.
"""

import numpy as np

from autograder.testing import fail_if, is_ndarray
from d2l.selfcheck.ch06.data_iter_random import public as shared

FIXED_SEED = 6030


def corpus(rng, n):
    """A corpus of ``n`` distinct indices (a list of ints, as the loaders return it) and
    where each index sits in it."""
    values = [int(v) for v in rng.permutation(n)]
    return values, shared.corpus_positions(values)


def corpora(rng, n):
    """A fixed corpus of ``n`` indices, then a random one."""
    return [corpus(np.random.default_rng([FIXED_SEED, n]), n), corpus(rng, n)]


def minibatches(student, name, corpus_indices, batch_size, num_steps, labels=True,
                structure=shared.structure):
    """The ``(X, Y)`` pairs of one pass, as NumPy arrays, checked for their shapes (those
    of ``Y`` only when ``labels``)."""
    items = student.call(name, corpus_indices, batch_size, num_steps, max_items=500).value
    problem, batches = shared.pairs(items, name, is_ndarray, labels)
    fail_if(problem)
    fail_if(structure(batches, batch_size, num_steps, labels))
    return batches


def located_X(batches, positions):
    """The corpus positions of the entries of every X."""
    problem, located = shared.locate(batches, positions, "X")
    fail_if(problem)
    return located
