# mistake: takes the square root: distances, not squared distances
# exercise: pairwise_sq_dists
# status: failed
# message: not the squared distances

def pairwise_sq_dists(X, Y):
    return (((X.expand_dims(1) - Y.expand_dims(0)) ** 2).sum(axis=2)).sqrt()
