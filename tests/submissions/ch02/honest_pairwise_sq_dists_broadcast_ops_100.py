# mistake: none: the named broadcast operators and nd.square
# exercise: pairwise_sq_dists
# status: passed
# message: matches the reference

def pairwise_sq_dists(X, Y):
    n, d = X.shape
    m = Y.shape[0]
    return nd.square(nd.broadcast_sub(X.reshape((n, 1, d)), Y.reshape((1, m, d)))).sum(axis=-1)
