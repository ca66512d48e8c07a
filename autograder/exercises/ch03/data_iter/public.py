"""`data_iter` (§3.2): what the student sees, the public check and the named mistakes.

The order of the batches is random, so every check is about properties: column 0 of the
features is each example's id and its label is ``2 * id + 1``, so the ids say which
examples a pass visited and whether the labels stayed with their features.
"""

import itertools

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe
from d2l.registry import Forbidden

SECTION = "§3.2 线性回归的从零开始实现"
FORBIDDEN = Forbidden(
    funcs=("d2l.data_iter", "mxnet.gluon.data.dataloader.DataLoader.__iter__"),
    what="d2l.data_iter or gluon's DataLoader")

MAX_ITEMS = 500  # batches collected from one pass (a generator may never stop)


def dataset(n, noise=None):
    """``n`` examples: features ``(n, d)`` whose column 0 is the row's id (the other
    columns are ``noise``, ``(n, d - 1)``, ones by default), labels ``2 * id + 1``."""
    noise = np.ones((n, 1)) if noise is None else noise
    features = np.column_stack([np.arange(n), noise]).astype("float32")
    labels = (2 * np.arange(n) + 1).astype("float32")
    return features, labels


def not_batches(items, is_ndarray):
    """``items``, what one pass yielded (a list), is not a list of ``(X, y)`` pairs of
    NDArrays (``is_ndarray`` tells an NDArray)."""
    if not isinstance(items, list):
        return f"data_iter should be a generator of (X, y) pairs, but it returned {describe(items)}"
    if not items:
        return "data_iter yielded no batches"
    for k, item in enumerate(items):
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            return f"item {k} of data_iter should be a pair (X, y), got {describe(item)}"
        if as_array(item[0]) is None or as_array(item[1]) is None:
            return (f"batch {k} should hold two arrays, got ({describe(item[0])}, "
                    f"{describe(item[1])})")
        if not (is_ndarray(item[0]) and is_ndarray(item[1])):
            return (f"batch {k} holds {describe(item[0])} and {describe(item[1])}: yield "
                    "NDArrays (features.take(j), labels.take(j)) so that autograd can use them")
    return None


def pairs(items):
    """The batches as ``(X, y)`` NumPy pairs: ``X`` with one row per example, ``y`` flat."""
    out = []
    for X, y in items:
        X, y = as_array(X), as_array(y)
        out.append((X.reshape(len(X), -1) if X.ndim > 1 else X.reshape(-1, 1), y.ravel()))
    return out


def ids(batches):
    """The example ids one pass visited, in order."""
    return np.concatenate([X[:, 0] for X, _ in batches]) if batches else np.zeros(0)


def wrong_sizes(sizes, n, batch_size):
    """The batch sizes are not ``batch_size``, ..., and a smaller last batch."""
    expected = [batch_size] * (n // batch_size) + ([n % batch_size] if n % batch_size else [])
    if sizes == expected:
        return None
    if sizes == [batch_size] * (n // batch_size):
        return (f"the last, smaller batch is missing: with {n} examples and batch_size "
                f"{batch_size} expected batch sizes {expected}; use "
                "min(i + batch_size, num_examples)")
    return (f"with {n} examples and batch_size {batch_size} expected batch sizes {expected}, "
            f"got {sizes}")


def not_each_once(visited, n, batch_size):
    """One pass did not visit every example exactly once."""
    counts = (np.bincount(visited.astype(int), minlength=n)
              if len(visited) and visited.min() >= 0 else np.zeros(n))
    missing, repeated = int((counts == 0).sum()), int((counts > 1).sum())
    if len(visited) == n and missing == 0:
        return None
    if repeated == 0 and n % batch_size and len(visited) == n - n % batch_size:
        return (f"one pass visited only {len(visited)} of the {n} examples with batch_size "
                f"{batch_size}: the last, smaller batch is missing; use "
                "min(i + batch_size, num_examples)")
    hint = (" (shuffle a list of all indices and slice it, instead of drawing indices at "
            "random)" if repeated else "")
    return (f"one pass should visit each of the {n} examples once; {missing} never appeared "
            f"and {repeated} appeared more than once{hint}")


def labels_apart(batches):
    """The labels of a batch do not belong to its features."""
    for X, y in batches:
        if len(X) != len(y):
            return f"a batch has {len(X)} feature rows but {len(y)} labels"
        # ids and labels are small integers, exact in float32
        if not np.array_equal(y, 2 * X[:, 0] + 1):
            return ("the labels in a batch do not belong to the features in that batch: take "
                    "the same shuffled indices from features and labels")
    return None


def not_shuffled(first, second, n):
    """Two passes over ``n`` examples: in the original order, or twice the same order."""
    if len(first) != n or len(second) != n:
        return f"each pass should yield all {n} examples"
    if np.array_equal(first, np.arange(n)):
        return "the examples come in their original order: shuffle the indices first"
    if np.array_equal(first, second):
        return "two passes gave the same order: shuffle anew each time the generator runs"
    return None


# --- the public checks ----------------------------------------------------------------


def _pass(fn, batch_size, n):
    features, labels = dataset(n)
    items = fn(batch_size, nd.array(features), nd.array(labels))
    if hasattr(items, "__iter__") and not isinstance(items, (str, bytes)):
        items = list(itertools.islice(items, MAX_ITEMS))
    return items


def _batches(fn, batch_size, n):
    items = _pass(fn, batch_size, n)
    return not_batches(items, lambda v: isinstance(v, nd.NDArray)), items


def _sizes(fn, cases):
    problem, items = _batches(fn, 5, 23)
    return problem or wrong_sizes([len(X) for X, _ in pairs(items)], 23, 5)


def _once(fn, cases):
    problem, items = _batches(fn, 4, 37)
    if problem:
        return problem
    batches = pairs(items)
    return not_each_once(ids(batches), 37, 4) or labels_apart(batches)


def _shuffled(fn, cases):
    runs = []
    for _ in range(2):
        problem, items = _batches(fn, 10, 100)
        if problem:
            return problem
        runs.append(ids(pairs(items)))
    return not_shuffled(*runs, 100)


CHECKS = [
    ("23 examples in batches of 5: sizes [5, 5, 5, 5, 3], NDArrays", _sizes),
    ("every example once, labels with their features", _once),
    ("a new random order on every pass", _shuffled),
]
