# mistake: X^T X (positions by positions) instead of X X^T
# exercise: gram
# status: failed
# message: that is X^T X

def gram(X):
    c, n = X.shape[1], X.size // X.shape[1]
    X = X.reshape((c, n))
    return nd.dot(X.T, X) / (c * n)
