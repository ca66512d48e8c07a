# mistake: sums the loss over the batch
# exercise: cross_entropy
# status: failed
# message: return the loss of each example

def cross_entropy(y_hat, y):
    return -nd.pick(y_hat, y).log().sum()
