# mistake: the output has n - w values (the + 1 is missing)
# exercise: corr1d
# status: failed
# message: off by one

def corr1d(X, K):
    w = K.shape[0]
    Y = nd.zeros((X.shape[0] - w))
    for i in range(Y.shape[0]):
        Y[i] = (X[i: i + w] * K).sum()
    return Y
