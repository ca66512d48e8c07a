# mistake: none: concatenates the training folds with a recursive helper
# exercise: get_k_fold_data
# status: passed
# message: ignores the n % k rows left over

def _concat_all(parts):
    """nd.concat of a non-empty list, recursively: head, then the concatenated rest."""
    if len(parts) == 1:
        return parts[0]
    return nd.concat(parts[0], _concat_all(parts[1:]), dim=0)


def get_k_fold_data(k, i, X, y):
    assert k > 1
    fold_size = X.shape[0] // k
    folds = [(X[j * fold_size:(j + 1) * fold_size], y[j * fold_size:(j + 1) * fold_size])
             for j in range(k)]
    X_valid, y_valid = folds[i]
    rest = [f for j, f in enumerate(folds) if j != i]
    return (_concat_all([f[0] for f in rest]), _concat_all([f[1] for f in rest]),
            X_valid, y_valid)
