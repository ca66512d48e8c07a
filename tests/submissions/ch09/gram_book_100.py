# mistake: none: the book's code verbatim
# exercise: gram
# status: passed
# message: passed

def gram(X):
    num_channels, n = X.shape[1], X.size // X.shape[1]
    X = X.reshape((num_channels, n))
    return nd.dot(X, X.T) / (num_channels * n)
