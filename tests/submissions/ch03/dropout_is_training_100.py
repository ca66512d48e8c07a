# mistake: none: returns X outside training, like Gluon's Dropout, and drops only in training
# exercise: dropout
# status: passed
# message: drops a fraction p

def dropout(X, drop_prob):
    if not autograd.is_training() or drop_prob == 0:
        return X
    if drop_prob == 1:
        return nd.zeros_like(X)
    keep_prob = 1 - drop_prob
    return X * (nd.random.uniform(0, 1, X.shape) < keep_prob) / keep_prob
