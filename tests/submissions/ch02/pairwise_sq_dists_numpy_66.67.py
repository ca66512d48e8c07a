# mistake: computes in NumPy and returns a NumPy array
# exercise: pairwise_sq_dists
# status: partial
# message: return an NDArray

def pairwise_sq_dists(X, Y):
    x, y = X.asnumpy(), Y.asnumpy()
    return ((x[:, None, :] - y[None, :, :]) ** 2).sum(axis=2)
