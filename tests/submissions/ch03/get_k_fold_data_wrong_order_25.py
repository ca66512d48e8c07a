# mistake: puts the folds after the validation fold before the ones in front of it
# exercise: get_k_fold_data
# status: partial
# message: original order

def get_k_fold_data(k, i, X, y):
    fold_size = X.shape[0] // k
    start, stop = i * fold_size, (i + 1) * fold_size
    after = [j for j in range(i + 1, k)]
    before = [j for j in range(i)]
    order = after + before
    X_train = nd.concat(*[X[j * fold_size:(j + 1) * fold_size] for j in order], dim=0)
    y_train = nd.concat(*[y[j * fold_size:(j + 1) * fold_size] for j in order], dim=0)
    return X_train, y_train, X[start:stop], y[start:stop]
