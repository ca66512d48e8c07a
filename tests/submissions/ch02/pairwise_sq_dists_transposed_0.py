# mistake: broadcasts Y down the rows: D is (m, n)
# exercise: pairwise_sq_dists
# status: failed
# message: so X's rows run down the result

def pairwise_sq_dists(X, Y):
    return ((Y.expand_dims(1) - X.expand_dims(0)) ** 2).sum(axis=2)
