# mistake: multiplies the kept entries by keep_prob instead of dividing
# exercise: dropout
# status: partial
# message: divide by it instead

def dropout(X, drop_prob):
    keep_prob = 1 - drop_prob
    mask = nd.random.uniform(0, 1, X.shape) < keep_prob
    return mask * X * keep_prob
