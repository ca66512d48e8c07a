# mistake: draws one random number per row, so whole examples are dropped together
# exercise: dropout
# status: partial
# message: whole rows or columns are dropped together

def dropout(X, drop_prob):
    keep_prob = 1 - drop_prob
    if keep_prob == 0:
        return X.zeros_like()
    mask = nd.random.uniform(0, 1, (X.shape[0], 1)) < keep_prob
    return nd.broadcast_mul(mask, X) / keep_prob
