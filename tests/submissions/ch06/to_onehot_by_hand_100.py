# mistake: none: one-hot rows picked from an identity matrix, one time step at a time
# exercise: to_onehot
# status: passed
# message: step t is nd.one_hot

def to_onehot(X, size):
    eye = nd.eye(size)
    return [eye.take(X[:, t]) for t in range(X.shape[1])]
