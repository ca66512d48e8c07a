# mistake: forgets to sum over the features: (n, m, d)
# exercise: pairwise_sq_dists
# status: failed
# message: add them up over the features

def pairwise_sq_dists(X, Y):
    return (X.expand_dims(1) - Y.expand_dims(0)) ** 2
