# mistake: iterates over the rows of X (the examples) instead of its columns (the time steps)
# exercise: to_onehot
# status: failed
# message: iterate over the time steps

def to_onehot(X, size):
    return [nd.one_hot(x, size) for x in X]
