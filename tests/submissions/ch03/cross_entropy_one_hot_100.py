# mistake: none: one-hot labels times log-probabilities, summed over the classes
# exercise: cross_entropy
# status: passed
# message: passes the right gradient back

def cross_entropy(y_hat, y):
    one_hot = nd.one_hot(y, y_hat.shape[1])
    return -(one_hot * y_hat.log()).sum(axis=1)
