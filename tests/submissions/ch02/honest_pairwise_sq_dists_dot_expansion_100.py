# mistake: none: the expansion |x|^2 + |y|^2 - 2 x.y with nd.dot
# exercise: pairwise_sq_dists
# status: passed
# message: matches the reference

def pairwise_sq_dists(X, Y):
    xx = (X ** 2).sum(axis=1, keepdims=True)
    yy = (Y ** 2).sum(axis=1, keepdims=True).T
    return xx + yy - 2 * nd.dot(X, Y.T)
