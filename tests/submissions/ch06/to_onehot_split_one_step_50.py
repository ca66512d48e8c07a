# mistake: splits one (num_steps, batch_size, size) array with nd.split, which returns one NDArray instead of a list when num_steps is 1
# exercise: to_onehot
# status: partial
# message: nd.split(..., num_outputs=1) returns the array itself

def to_onehot(X, size):
    return nd.split(nd.one_hot(X.T, size), num_outputs=X.shape[1], axis=0, squeeze_axis=True)
