# mistake: none: the book's code verbatim (item assignment into nd.zeros)
# exercise: corr1d
# status: passed
# message: matches nd.Convolution

def corr1d(X, K):
    w = K.shape[0]
    Y = nd.zeros((X.shape[0] - w + 1))
    for i in range(Y.shape[0]):
        Y[i] = (X[i: i + w] * K).sum()
    return Y
