"""`get_k_fold_data` (§3.16): what the student sees, the public check and the named
mistakes. The data's labels are the row numbers, so the labels a part holds say which rows
it took."""

import numpy as np

from d2l.compare import as_array, describe, mismatch

SECTION = "§3.16 实战Kaggle比赛：房价预测"
NAMES = ("X_train", "y_train", "X_valid", "y_valid")


def not_four_arrays(got):
    """The result is not four arrays ``(X_train, y_train, X_valid, y_valid)``."""
    if not isinstance(got, (tuple, list)) or len(got) != 4:
        return ("get_k_fold_data should return (X_train, y_train, X_valid, y_valid), got "
                f"{describe(got)}")
    for name, part in zip(NAMES, got):
        if as_array(part) is None:
            return f"{name} should be an NDArray, got {describe(part)}"
    return None


def wrong_split(got, expected, k, i, n):
    """The validation fold is the neighbouring one (folds counted from 1), it is also in the
    training set, the leftover rows are in the training set, or the training folds are out
    of their original order; else any difference (the rows are integers: compared exactly)."""
    arrays = [as_array(a) for a in got]
    fold = n // k
    valid_ids, train_ids = arrays[3].ravel(), arrays[1].ravel()
    if valid_ids.size == fold and not np.array_equal(valid_ids, expected[3].ravel()):
        for j in (i - 1, i + 1):
            if 0 <= j < k and np.array_equal(valid_ids, np.arange(j * fold, (j + 1) * fold)):
                return (f"with k={k}, i={i} the validation set is fold {j}: fold i covers rows "
                        "i * fold_size to (i + 1) * fold_size - 1, counting folds from 0")
    if np.isin(expected[3].ravel(), train_ids).any():
        return "the validation fold is also in the training set"
    if train_ids.size > expected[1].size and np.isin(np.arange(k * fold, n), train_ids).any():
        return (f"the {n % k} rows left over after k folds of n // k rows ended up in the "
                "training set; leave them out, as the book does")
    if (train_ids.size == expected[1].size and not np.array_equal(train_ids, expected[1].ravel())
            and np.array_equal(np.sort(train_ids), expected[1].ravel())):
        return ("the training set has the right rows but not in their original order: "
                "concatenate the folds other than i in the order j = 0, 1, ..., k - 1")
    for name, g, e in zip(NAMES, got, expected):
        problem = mismatch(g, e, 0, 0, name=f"{name} for k={k}, i={i}, n={n}")
        if problem:
            return problem
    return None


def _split(fn, cases):
    from mxnet import nd

    X, y = cases["X"], cases["y"]
    got = fn(3, 1, nd.array(X), nd.array(y))
    return not_four_arrays(got) or wrong_split(got, [cases[k] for k in NAMES], 3, 1, len(X))


CHECKS = [
    ("splits 11 recorded rows with k=3, i=1 like the book (2 rows left over)", _split),
]
