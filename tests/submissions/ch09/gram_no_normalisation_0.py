# mistake: X X^T without the division by c * n
# exercise: gram
# status: failed
# message: not normalised

def gram(X):
    num_channels = X.shape[1]
    X = X.reshape((num_channels, -1))
    return nd.dot(X, X.T)
