# mistake: none: computes in float64 and gives the result back in X's dtype
# exercise: pairwise_sq_dists
# status: passed

def pairwise_sq_dists(X, Y):
    X64, Y64 = X.astype('float64'), Y.astype('float64')
    D = nd.zeros((X.shape[0], Y.shape[0]), dtype='float64')
    for j in range(Y.shape[0]):
        D[:, j] = ((X64 - Y64[j]) ** 2).sum(axis=1)
    return D.astype(X.dtype)
