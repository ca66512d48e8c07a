"""`data_iter_consecutive` (§6.3): what the student sees, the public checks and the named
mistakes. Reading the minibatches, locating their entries in the corpus and the diagnoses of
the labels are the samplers' (``d2l.selfcheck.ch06.data_iter_random.public``).
"""

import numpy as np

from d2l.compare import mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch06.data_iter_random import public as shared

SECTION = "§6.3 语言模型数据集（周杰伦专辑歌词）"
FORBIDDEN = Forbidden(funcs=("d2l.data_iter_consecutive",), what="d2l.data_iter_consecutive")
HINTS = [("cannot reshape", "reshape only the first batch_size * batch_len indices, "
                            "batch_len = len(corpus_indices) // batch_size")]


def one_batch_too_many(batches, batch_size, num_steps):
    """The labels of the last minibatch run past the end of the rows."""
    if batches:
        X, Y = batches[-1]
        if X.shape == (batch_size, num_steps) and Y.ndim == 2 and Y.shape[0] == batch_size \
                and Y.shape[1] < num_steps:
            return (f"Y of the last minibatch has shape {Y.shape}: its labels run past the "
                    "end of the data, so there is one minibatch too many; with consecutive "
                    "sampling epoch_size = (batch_len - 1) // num_steps")
    return None


def structure(batches, batch_size, num_steps, labels=True):
    """What is wrong with the shapes of the minibatches (those of Y only when ``labels``)."""
    return ((one_batch_too_many(batches, batch_size, num_steps) if labels else None)
            or shared.structure(batches, batch_size, num_steps, labels))


def wrong_count(batches, n, batch_size, num_steps):
    """Not (batch_len - 1) // num_steps minibatches; batch_len // num_steps is one too many
    (the labels of the last one run past the end of the rows)."""
    batch_len = n // batch_size
    expected = (batch_len - 1) // num_steps
    if len(batches) == batch_len // num_steps == expected + 1:
        return (f"{len(batches)} minibatches from rows of batch_len = {batch_len}: one "
                "minibatch too many, whose labels run past the end of the rows; with "
                "consecutive sampling epoch_size = (batch_len - 1) // num_steps")
    if len(batches) != expected:
        return (f"a corpus of {n} indices in {batch_size} rows of batch_len = {batch_len} "
                f"makes (batch_len - 1) // num_steps = {expected} minibatches of {num_steps} "
                f"steps; got {len(batches)}")
    return None


def overlapping_batches(located_X):
    """The next minibatch starts one position after the previous one."""
    for PX, PX_next in zip(located_X, located_X[1:]):
        if (PX_next[:, 0] == PX[:, 0] + 1).all():
            return ("the next minibatch starts one position after the previous one, so they "
                    "overlap: minibatch i holds columns i * num_steps to (i + 1) * num_steps "
                    "- 1")
    return None


def not_continued(located_X):
    """Row r of a minibatch does not continue row r of the previous one."""
    if len(located_X) < 2:
        return "there should be several minibatches"
    for PX, PX_next in zip(located_X, located_X[1:]):
        if not (PX_next[:, 0] == PX[:, -1] + 1).all():
            return ("row r of a minibatch should continue row r of the previous minibatch: "
                    "the first index of the next one is the index right after the last of "
                    "this one")
    return None


def continues(located_X):
    return (shared.rows_not_contiguous(located_X) or overlapping_batches(located_X)
            or not_continued(located_X))


def rows_not_parts(located_X, n, batch_size):
    """Row r of the first minibatch does not start at r * batch_len."""
    batch_len = n // batch_size
    if located_X and (located_X[0][:, 0] != np.arange(batch_size) * batch_len).any():
        return (f"row r of the first minibatch should start at position r * batch_len "
                f"(batch_len = len // batch_size = {batch_len}), got starts "
                f"{located_X[0][:, 0].tolist()}: reshape the corpus to (batch_size, "
                "batch_len)")
    return None


def row_starts(located_X, n, batch_size, num_steps):
    """Row r of minibatch k does not start at r * batch_len + k * num_steps."""
    batch_len = n // batch_size
    for k, PX in enumerate(located_X):
        starts = np.arange(batch_size) * batch_len + k * num_steps
        wrong = np.flatnonzero(PX[:, 0] != starts)
        if len(wrong):
            r = int(wrong[0])
            return (f"row {r} of minibatch {k} starts at corpus position {int(PX[r, 0])}; it "
                    f"should start at r * batch_len + k * num_steps = {int(starts[r])}")
    return None


def layout(batches, located_X, expected_X, n, batch_size, num_steps):
    """What is wrong with where X reads the corpus (``expected_X``: the book's X)."""
    problem = rows_not_parts(located_X, n, batch_size)
    if problem:
        return problem
    if len(batches) != len(expected_X):
        return f"expected {len(expected_X)} minibatches, got {len(batches)}"
    problem = row_starts(located_X, n, batch_size, num_steps)
    if problem:
        return problem
    for k, ((X, _), X_ref) in enumerate(zip(batches, expected_X)):
        # Indices are small integers, exact in float32: compared exactly.
        problem = mismatch(X, X_ref, 0, 0, name=f"X of minibatch {k}")
        if problem:
            return problem
    return None


# --- the public checks, on a recorded corpus --------------------------------------------

NAME = "data_iter_consecutive"


def _batches(fn, corpus, batch_size, num_steps, labels=True):
    problem, batches = shared.batches_of(fn, corpus, batch_size, num_steps, NAME, labels)
    return problem or structure(batches, batch_size, num_steps, labels), batches


def _count(fn, cases):
    for n, batch_size, num_steps in ((103, 4, 5), (96, 3, 4)):
        problem, batches = _batches(fn, shared.corpus_of(cases, n), batch_size, num_steps,
                                    labels=False)
        problem = problem or wrong_count(batches, n, batch_size, num_steps)
        if problem:
            return problem
    return None


def _labels(fn, cases):
    corpus = shared.corpus_of(cases, 90)
    problem, batches = _batches(fn, corpus, 3, 7)
    return problem or shared.labels(batches, shared.corpus_positions(corpus), corpus, 7)


def _located(fn, corpus, batch_size, num_steps):
    problem, batches = _batches(fn, corpus, batch_size, num_steps, labels=False)
    if problem:
        return problem, None, None
    problem, located = shared.locate(batches, shared.corpus_positions(corpus))
    return problem, batches, located


def _continue(fn, cases):
    problem, _, located = _located(fn, shared.corpus_of(cases, 150), 4, 6)
    return problem or continues(located)


def _layout(fn, cases):
    corpus = cases["corpus"]
    problem, batches, located = _located(fn, corpus, 3, 4)
    return problem or layout(batches, located, cases["X"], len(corpus), 3, 4)


CHECKS = [
    ("(len // batch_size - 1) // num_steps minibatches, X of shape (batch_size, num_steps)",
     _count),
    ("Y is X shifted one position ahead in the corpus, row by row", _labels),
    ("each row continues in the next minibatch where it stopped", _continue),
    ("matches the book's minibatches on a recorded corpus", _layout),
]
