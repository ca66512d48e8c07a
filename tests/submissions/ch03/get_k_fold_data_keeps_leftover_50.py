# mistake: takes everything outside the validation fold as training data, the n % k leftover rows included
# exercise: get_k_fold_data
# status: partial
# message: ended up in the training set

def get_k_fold_data(k, i, X, y):
    n = X.shape[0]
    fold_size = n // k
    start, stop = i * fold_size, (i + 1) * fold_size
    X_parts, y_parts = [], []
    if start > 0:
        X_parts.append(X[:start])
        y_parts.append(y[:start])
    if stop < n:
        X_parts.append(X[stop:])
        y_parts.append(y[stop:])
    X_train = nd.concat(*X_parts, dim=0)
    y_train = nd.concat(*y_parts, dim=0)
    return X_train, y_train, X[start:stop], y[start:stop]
