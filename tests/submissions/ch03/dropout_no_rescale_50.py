# mistake: drops entries but does not divide the kept ones by keep_prob
# exercise: dropout
# status: partial
# message: kept entries are not rescaled

def dropout(X, drop_prob):
    keep_prob = 1 - drop_prob
    mask = nd.random.uniform(0, 1, X.shape) < keep_prob
    return mask * X
