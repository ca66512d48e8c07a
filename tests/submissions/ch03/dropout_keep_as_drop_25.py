# mistake: uses drop_prob as the probability of keeping an entry
# exercise: dropout
# status: partial
# message: drop_prob is the probability of dropping

def dropout(X, drop_prob):
    keep_prob = 1 - drop_prob
    if keep_prob == 0:
        return X.zeros_like()
    mask = nd.random.uniform(0, 1, X.shape) < drop_prob
    return mask * X / keep_prob
