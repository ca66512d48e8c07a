# mistake: picks along axis 0 (one entry per class) instead of along the classes of each row
# exercise: cross_entropy
# status: error
# message: pick along axis=1

def cross_entropy(y_hat, y):
    return -nd.pick(y_hat, y, axis=0).log()
