"""`batchify(data)` (§10.3): the book's minibatch reader for DataLoader, the public check,
the named mistakes and the grader's stand-in (the book's code, for the checks of later
exercises). ``data`` is a list of (center, context, negative) samples; the result is four
NDArrays: centers (batch_size, 1), contexts_negatives, masks and labels (batch_size,
max_len), max_len = max(len(context) + len(negative)), each row padded with 0."""

import random

import numpy as np
from mxnet import nd

SECTION = "§10.3 word2vec的实现"
HINTS = [("not enough values to unpack", "each sample of data is (center, context, negative)"),
         ("too many values to unpack", "each sample of data is (center, context, negative)")]
NAMES = ("centers", "contexts_negatives", "masks", "labels")


def batchify(data):
    """The book's batchify (the grader's stand-in)."""
    max_len = max(len(c) + len(n) for _, c, n in data)
    centers, contexts_negatives, masks, labels = [], [], [], []
    for center, context, negative in data:
        cur_len = len(context) + len(negative)
        centers += [center]
        contexts_negatives += [context + negative + [0] * (max_len - cur_len)]
        masks += [[1] * cur_len + [0] * (max_len - cur_len)]
        labels += [[1] * len(context) + [0] * (max_len - len(context))]
    return (nd.array(centers).reshape((-1, 1)), nd.array(contexts_negatives),
            nd.array(masks), nd.array(labels))


STAND_IN = batchify
BOOK_CODE = ("batchify",)  # the book's own code: a student may type it in (guard.copied_codes)


def expected(data):
    """The four results as NumPy arrays."""
    max_len = max(len(c) + len(n) for _, c, n in data)
    cn = np.zeros((len(data), max_len))
    masks, labels = np.zeros_like(cn), np.zeros_like(cn)
    for i, (_, c, n) in enumerate(data):
        cn[i, :len(c) + len(n)] = list(c) + list(n)
        masks[i, :len(c) + len(n)] = 1
        labels[i, :len(c)] = 1
    return np.array([[c] for c, _, _ in data], dtype=np.float64), cn, masks, labels


def make_data(rng, batch_size, vocab=50):
    """``batch_size`` samples (``rng`` a random.Random) of 1..4 context words and 5 noise
    words per context word (some with fewer), word indices 1..vocab-1 (0 is the padding)."""
    data = []
    for _ in range(batch_size):
        n_ctx = rng.randint(1, 4)
        context = [rng.randrange(1, vocab) for _ in range(n_ctx)]
        negative = [rng.randrange(1, vocab) for _ in range(rng.randint(0, 5 * n_ctx))]
        data.append((rng.randrange(1, vocab), context, negative))
    return data


def _parts(result, is_nd):
    if not isinstance(result, (tuple, list)):
        return None, ("batchify should return (centers, contexts_negatives, masks, labels), "
                      f"got {type(result).__name__}")
    if len(result) == 3:
        return None, ("batchify returns 3 values: the masks are missing; return centers, "
                      "contexts_negatives, masks, labels (masks 1 on the context and noise "
                      "words, 0 on the padding)")
    if len(result) != 4:
        return None, f"batchify should return 4 values, got {len(result)}"
    out = []
    for name, value in zip(NAMES, result):
        if not is_nd(value):
            return None, f"{name} should be an NDArray (nd.array(...)), got " \
                         f"{type(value).__name__}"
        out.append(np.asarray(value.asnumpy() if hasattr(value, "asnumpy") else value,
                              dtype=np.float64))
    return out, None


def _shape_problem(name, got, want, data):
    if got.shape == want.shape:
        return None
    if name == "centers" and got.shape == (len(data),):
        return "centers should have shape (batch_size, 1): reshape((-1, 1)) as the book"
    max_len = want.shape[1]
    return (f"{name} has shape {got.shape}, expected {want.shape}: rows are padded to "
            f"max_len = max(len(context) + len(negative)) = {max_len} over the batch")


def centers_problem(data, result, is_nd):
    """Whether centers and contexts_negatives are right (contexts, then noise words, 0s)."""
    parts, problem = _parts(result, is_nd)
    if problem:
        return problem
    want = expected(data)
    for name, got, w in zip(NAMES[:2], parts[:2], want[:2]):
        problem = _shape_problem(name, got, w, data)
        if problem:
            return problem
    if not np.array_equal(parts[0], want[0]):
        return "centers should be the samples' center words, in order"
    got, w = parts[1], want[1]
    if np.array_equal(got, w):
        return None
    pad = want[2] == 0
    if np.array_equal(got[~pad], w[~pad]):
        return "the padding of contexts_negatives should be 0"
    flipped = np.zeros_like(w)
    for i, (_, c, n) in enumerate(data):
        flipped[i, :len(c) + len(n)] = list(n) + list(c)
    if np.array_equal(got, flipped):
        return "each row of contexts_negatives is context + negative (contexts first), then 0s"
    return "each row of contexts_negatives should be context + negative + [0] * padding"


def _mask_like(data, part, name, mistakes):
    def check(result, is_nd):
        parts, problem = _parts(result, is_nd)
        if problem:
            return problem
        want = expected(data)[part]
        got = parts[part]
        problem = _shape_problem(name, got, want, data)
        if problem:
            return problem
        if np.array_equal(got, want):
            return None
        for message, alt in mistakes(data, want):
            if np.array_equal(got, alt):
                return message
        return f"{name} differs from the book's ({MEANING[name]})"
    return check


MEANING = {"masks": "1 on the context and noise words, 0 on the padding",
           "labels": "1 on the context words, 0 on the noise words and the padding"}


def _mask_mistakes(data, want):
    return [("the masks are all 1: they should be 0 on the padding", np.ones_like(want)),
            ("the masks are 1 on the context words only: they should be 1 on the context "
             "and noise words, 0 on the padding", expected(data)[3]),
            ("the masks are reversed: 1 on the words, 0 on the padding", 1 - want)]


def _label_mistakes(data, want):
    return [("the labels are 1 for the noise words too: 1 only for the context words",
             expected(data)[2]),
            ("the labels are all 1: 1 only for the context words", np.ones_like(want)),
            ("the labels are reversed: 1 for the context words, 0 for the noise words",
             expected(data)[2] - want)]


def masks_problem(data, result, is_nd):
    return _mask_like(data, 2, "masks", _mask_mistakes)(result, is_nd)


def labels_problem(data, result, is_nd):
    return _mask_like(data, 3, "labels", _label_mistakes)(result, is_nd)


def _is_nd(value):
    return isinstance(value, nd.NDArray)


def _run(fn, cases):
    data = make_data(random.Random(int(cases["seed"])), int(cases["batch_size"]))
    return data, fn(data)


CHECKS = [
    ("centers (batch_size, 1); contexts_negatives: context + negative, padded with 0",
     lambda fn, cases: centers_problem(*_run(fn, cases), _is_nd)),
    ("masks: 1 on context and noise words, 0 on the padding",
     lambda fn, cases: masks_problem(*_run(fn, cases), _is_nd)),
    ("labels: 1 on the context words, 0 elsewhere",
     lambda fn, cases: labels_problem(*_run(fn, cases), _is_nd)),
]
