# mistake: none: a Python loop over the rows of X, broadcasting each row against Y
# exercise: pairwise_sq_dists
# status: passed
# message: matches the reference

def pairwise_sq_dists(X, Y):
    rows = []
    for i in range(X.shape[0]):
        diff = X[i:i + 1] - Y          # (1, d) against (m, d)
        rows.append((diff * diff).sum(axis=1))
    return nd.stack(*rows)
