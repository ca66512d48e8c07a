# mistake: counts the folds from 1, so fold i - 1 becomes the validation set
# exercise: get_k_fold_data
# status: failed
# message: counting folds from 0

def get_k_fold_data(k, i, X, y):
    fold_size = X.shape[0] // k
    X_train, y_train, X_valid, y_valid = None, None, None, None
    for j in range(1, k + 1):
        idx = slice((j - 1) * fold_size, j * fold_size)
        X_part, y_part = X[idx, :], y[idx]
        if j == i:
            X_valid, y_valid = X_part, y_part
        elif X_train is None:
            X_train, y_train = X_part, y_part
        else:
            X_train = nd.concat(X_train, X_part, dim=0)
            y_train = nd.concat(y_train, y_part, dim=0)
    return X_train, y_train, X_valid, y_valid
