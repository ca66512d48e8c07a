# mistake: divided by n = h * w only (the mean over positions)
# exercise: gram
# status: failed
# message: divided by n = h * w only

def gram(X):
    c, n = X.shape[1], X.shape[2] * X.shape[3]
    X = X.reshape((c, n))
    return nd.dot(X, X.T) / n
