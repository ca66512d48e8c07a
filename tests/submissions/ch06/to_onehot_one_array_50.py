# mistake: returns one (num_steps, batch_size, size) array instead of a list of arrays
# exercise: to_onehot
# status: partial
# message: return a list of

def to_onehot(X, size):
    return nd.one_hot(X.T, size)
