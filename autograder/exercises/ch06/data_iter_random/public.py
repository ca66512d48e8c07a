"""`data_iter_random` (§6.3): what the student sees, the public checks and the named mistakes.

It also holds what the two samplers of §6.3 share (``data_iter_consecutive`` imports it):
reading the minibatches a generator yields, finding where each entry comes from in the
corpus, and the diagnoses of their rows and labels.

The corpus given to a sampler in the checks is a permutation of ``0 .. n-1``, so every index
occurs once and tells its own position: ``positions[X]`` is where each entry of ``X`` sits
in the corpus, and ``Y = X + 1`` (the indices plus one) is told apart from the labels, the
next characters. The checks of ``X`` look at ``X`` only, so wrong labels cost points only in
the check of the labels.
"""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe
from d2l.registry import Forbidden

SECTION = "§6.3 语言模型数据集（周杰伦专辑歌词）"
FORBIDDEN = Forbidden(funcs=("d2l.data_iter_random",), what="d2l.data_iter_random")
HINTS = [("source_array must be array like",
          "the rows have different lengths: the last example's labels run past the end of "
          "the corpus. There are num_examples = (len(corpus_indices) - 1) // num_steps "
          "examples (the - 1 leaves room for the last label)")]


# --- the minibatches --------------------------------------------------------------------


def pairs(items, name, is_ndarray, labels=True):
    """``(problem, [(X, Y), ...])``: what a generator yielded as pairs of NumPy arrays, or
    what is wrong with it. ``is_ndarray`` says whether a yielded value is an NDArray. Unless
    ``labels``, only X must be an NDArray (a check of X does not look at Y; Y is then None
    when it is no array)."""
    if not isinstance(items, list):
        return (f"{name} should be a generator of (X, Y) pairs, but it returned "
                f"{describe(items)}"), None
    out = []
    for k, item in enumerate(items):
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            return f"item {k} of {name} should be a pair (X, Y), got {describe(item)}", None
        X, Y = (as_array(v) for v in item)
        judged = item if labels else item[:1]
        if not all(is_ndarray(v) and as_array(v) is not None for v in judged):
            return (f"minibatch {k} holds {' and '.join(describe(v) for v in judged)}: yield "
                    "NDArrays (nd.array(..., ctx)) so that the model can use them"), None
        out.append((X, Y))
    return None, out


def leftover_batch(batches, batch_size, num_steps):
    """The leftover examples come as a smaller last minibatch."""
    if batches:
        X, _ = batches[-1]
        if X.ndim == 2 and X.shape[1] == num_steps and 0 < X.shape[0] < batch_size:
            return (f"the last minibatch holds only {X.shape[0]} examples: yield full "
                    "minibatches only, epoch_size = num_examples // batch_size (the examples "
                    "left over are skipped)")
    return None


def shapes(batches, batch_size, num_steps, labels=True):
    """A minibatch is not (batch_size, num_steps) (only X is looked at unless ``labels``)."""
    want = (batch_size, num_steps)
    for k, (X, Y) in enumerate(batches):
        if labels and (X.shape != want or Y.shape != want):
            return (f"minibatch {k} holds X of shape {X.shape} and Y of shape {Y.shape}; "
                    f"both should be (batch_size, num_steps) = {want}")
        if X.shape != want:
            return (f"X of minibatch {k} has shape {X.shape}; it should be (batch_size, "
                    f"num_steps) = {want}")
    return None


def structure(batches, batch_size, num_steps, labels=True):
    """What is wrong with the shapes of the minibatches (the last one's first); the shapes
    of the labels only when ``labels`` (a check of X does not look at Y)."""
    return (leftover_batch(batches, batch_size, num_steps)
            or shapes(batches, batch_size, num_steps, labels))


# --- where the entries come from --------------------------------------------------------


def corpus_positions(corpus):
    """``positions[v]``: where index ``v`` sits in a corpus that is a permutation."""
    corpus = np.asarray(corpus, dtype=np.int64)
    positions = np.empty(len(corpus), dtype=np.int64)
    positions[corpus] = np.arange(len(corpus))
    return positions


def not_in_corpus(A, n, what):
    """A minibatch holds numbers that are not indices of the corpus."""
    A = np.asarray(A, dtype=np.float64)
    if A.size and (A.min() < 0 or A.max() >= n or (np.round(A) != A).any()):
        return f"{what} holds numbers that are not indices of the corpus"
    return None


def locate(batches, positions, what="X"):
    """``(problem, [P, ...])``: the corpus positions of every entry of every ``X`` (``what``
    "X") or ``Y`` ("Y"), or the problem that some are no indices of the corpus."""
    k = 0 if what == "X" else 1
    out = []
    for b, batch in enumerate(batches):
        A = batch[k]
        problem = not_in_corpus(A, len(positions), f"{what} of minibatch {b}")
        if problem:
            return problem, None
        out.append(positions[np.asarray(A, dtype=np.int64)])
    return None, out


def rows_not_contiguous(located_X):
    """A row of X is not a piece of the corpus read left to right."""
    for PX in located_X:
        if not (np.diff(PX, axis=1) == 1).all():
            return ("a row of X is not a contiguous piece of the corpus: row i should hold "
                    "num_steps consecutive indices, in the corpus' order")
    return None


# --- the labels -------------------------------------------------------------------------


def labels_equal_inputs(X, Y):
    """Y is X: the labels are not shifted."""
    if np.shape(X) == np.shape(Y) and np.array_equal(X, Y):
        return ("Y equals X: the labels must be the next characters, the same subsequences "
                "shifted one position ahead (start at pos + 1)")
    return None


def labels_plus_one(X, Y, PX, corpus):
    """Y holds the indices of X plus one instead of the next characters of the corpus."""
    X, Y = np.asarray(X, np.float64), np.asarray(Y, np.float64)
    if np.shape(X) != np.shape(Y) or not np.array_equal(Y, X + 1):
        return None
    after = PX + 1
    if (after < len(corpus)).all() and np.array_equal(np.asarray(corpus)[after], Y):
        return None  # the corpus happens to hold X + 1 after X: these are the next characters
    return ("Y holds the indices of X plus one (X + 1), which are not the next characters: Y "
            "must be X shifted by one position in the corpus, the same subsequence started "
            "one position later (corpus_indices[pos + 1: pos + 1 + num_steps])")


def labels_next_example(PX, PY, num_steps):
    """Y is the example after X instead of X shifted by one."""
    if np.array_equal(PY, PX + num_steps):
        return ("Y is the example that follows X, not X shifted by one position: Y starts "
                "one position after X")
    return None


def labels_shifted_back(PX, PY):
    """Y is X shifted one position back."""
    if np.array_equal(PY, PX - 1):
        return "Y is X shifted one position back: Y starts one position after X"
    return None


def labels_not_next(PX, PY):
    """Y is not X shifted one position ahead (no more precise name)."""
    if not np.array_equal(PY, PX + 1):
        return ("Y must be X shifted by one position in the corpus, the next characters: "
                "Y[i, t] is the index right after X[i, t]")
    return None


def labels(batches, positions, corpus, num_steps):
    """What is wrong with the labels of the minibatches, or None."""
    problem, located_X = locate(batches, positions, "X")
    if problem:
        return problem
    for (X, Y), PX in zip(batches, located_X):
        if np.shape(Y) != np.shape(X):
            return (f"Y has shape {np.shape(Y)} and X {np.shape(X)}: Y is X shifted by one "
                    "position, of the same shape")
        problem = labels_equal_inputs(X, Y) or labels_plus_one(X, Y, PX, corpus)
        if problem:
            return problem
    problem, located_Y = locate(batches, positions, "Y")
    if problem:
        return problem
    for PX, PY in zip(located_X, located_Y):
        problem = (labels_next_example(PX, PY, num_steps) or labels_shifted_back(PX, PY)
                   or labels_not_next(PX, PY))
        if problem:
            return problem
    return None


# --- random sampling --------------------------------------------------------------------


def wrong_count(batches, n, batch_size, num_steps):
    """Not ((n - 1) // num_steps) // batch_size minibatches."""
    num_examples = (n - 1) // num_steps
    expected = num_examples // batch_size
    if len(batches) == expected + 1 and num_examples % batch_size:
        return (f"{len(batches)} minibatches for {num_examples} examples in batches of "
                f"{batch_size}: the leftover examples should be skipped, "
                "epoch_size = num_examples // batch_size")
    if len(batches) != expected:
        return (f"a corpus of {n} indices with batch_size {batch_size} and num_steps "
                f"{num_steps} holds (n - 1) // num_steps = {num_examples} examples, which "
                f"make {expected} minibatches; got {len(batches)}")
    return None


def overlapping_examples(starts, num_steps):
    """The examples do not start at multiples of num_steps, so they overlap."""
    if (np.asarray(starts) % num_steps != 0).any():
        return ("some examples do not start at a multiple of num_steps, so they overlap: "
                "example j starts at j * num_steps")
    return None


def repeated_examples(starts):
    """Some examples appear more than once in one pass (drawn with replacement)."""
    repeated = len(starts) - len(set(np.asarray(starts).tolist()))
    if repeated:
        return (f"{repeated} examples appear more than once in one pass: shuffle the list of "
                "example numbers and slice it, instead of drawing examples at random")
    return None


def missing_examples(starts, n, batch_size, num_steps):
    """Some examples never appear in one pass."""
    expected = set(range(0, (n - 1) // num_steps * num_steps, num_steps))
    missing = sorted(expected - set(np.asarray(starts).tolist()))
    if missing:
        return (f"with {len(expected)} examples and batch_size {batch_size}, one pass should "
                f"use every example once; the ones starting at {missing[:5]} never appeared")
    return None


def examples(located_X, n, batch_size, num_steps):
    """What is wrong with the examples one pass uses, or None."""
    starts = (np.concatenate([PX[:, 0] for PX in located_X]) if located_X
              else np.array([], dtype=np.int64))
    return (rows_not_contiguous(located_X) or overlapping_examples(starts, num_steps)
            or repeated_examples(starts) or missing_examples(starts, n, batch_size, num_steps))


def not_shuffled(first):
    """The examples come in their corpus order."""
    if first == sorted(first):
        return ("the examples come in their corpus order: shuffle the example numbers with "
                "random.shuffle first")
    return None


def same_order(first, second):
    """Two passes give the same order."""
    if first == second:
        return ("two passes gave the same order: shuffle anew each time the generator runs")
    return None


# --- the public checks, on a recorded corpus --------------------------------------------


def _is_ndarray(value):
    return isinstance(value, nd.NDArray)


def batches_of(fn, corpus, batch_size, num_steps, name, labels=True):
    """``(problem, batches)`` of one pass of ``fn`` in the notebook (at most 500 items)."""
    items = []
    for item in fn([int(i) for i in corpus], batch_size, num_steps):
        items.append(item)
        if len(items) >= 500:
            break
    return pairs(items, name, _is_ndarray, labels)


def corpus_of(cases, n):
    """A permutation of ``0 .. n-1``: the recorded corpus' entries below ``n``."""
    corpus = cases["corpus"]
    return corpus[corpus < n]


def _count(fn, cases):
    for n, batch_size, num_steps in ((100, 5, 4), (61, 3, 5)):
        problem, batches = batches_of(fn, corpus_of(cases, n), batch_size, num_steps,
                                      "data_iter_random", labels=False)
        problem = (problem or structure(batches, batch_size, num_steps, labels=False)
                   or wrong_count(batches, n, batch_size, num_steps))
        if problem:
            return problem
    return None


def _labels(fn, cases):
    corpus = cases["corpus"]
    problem, batches = batches_of(fn, corpus, 4, 6, "data_iter_random")
    return (problem or structure(batches, 4, 6)
            or labels(batches, corpus_positions(corpus), corpus, 6))


def _examples(fn, cases):
    corpus = cases["corpus"]
    n = len(corpus)
    problem, batches = batches_of(fn, corpus, 4, 5, "data_iter_random", labels=False)
    problem = problem or structure(batches, 4, 5, labels=False)
    if problem:
        return problem
    problem, located = locate(batches, corpus_positions(corpus))
    return problem or examples(located, n, 4, 5)


def _order(fn, cases):
    corpus = cases["corpus"]
    positions = corpus_positions(corpus)
    passes = []
    for _ in range(2):
        problem, batches = batches_of(fn, corpus, 5, 4, "data_iter_random", labels=False)
        problem = problem or structure(batches, 5, 4, labels=False)
        if problem:
            return problem
        problem, located = locate(batches, positions)
        if problem:
            return problem
        passes.append([int(s) for PX in located for s in PX[:, 0]])
    return not_shuffled(passes[0]) or same_order(*passes)


CHECKS = [
    ("((len - 1) // num_steps) // batch_size minibatches, X of shape (batch_size, num_steps)",
     _count),
    ("Y is X shifted one position ahead in the corpus", _labels),
    ("every example once per pass, starting at multiples of num_steps", _examples),
    ("a new random order on every pass", _order),
]
