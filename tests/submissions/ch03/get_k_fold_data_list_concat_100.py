# mistake: none: a list comprehension of the folds and one nd.concat, with a progress print
# exercise: get_k_fold_data
# status: passed
# message: handles the first and the last fold

def get_k_fold_data(k, i, X, y):
    size = X.shape[0] // k
    folds = [(X[j * size:(j + 1) * size], y[j * size:(j + 1) * size]) for j in range(k)]
    print(f"fold {i} of {k}: {size} validation rows")
    train = [f for j, f in enumerate(folds) if j != i]
    X_train = nd.concat(*[a for a, _ in train], dim=0)
    y_train = nd.concat(*[b for _, b in train], dim=0)
    return X_train, y_train, folds[i][0], folds[i][1]
