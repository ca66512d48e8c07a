# mistake: no special case for drop_prob = 1, so it divides by keep_prob = 0
# exercise: dropout
# status: partial
# message: instead of dividing by 0

def dropout(X, drop_prob):
    keep_prob = 1 - drop_prob
    mask = nd.random.uniform(0, 1, X.shape) < keep_prob
    return mask * X / keep_prob
