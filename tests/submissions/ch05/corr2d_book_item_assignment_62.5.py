# mistake: the book's loop, Y[i, j] = ..., which autograd cannot record
# exercise: corr2d
# status: partial
# message: item assignment

def corr2d(X, K):
    h, w = K.shape
    Y = nd.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i: i + h, j: j + w] * K).sum()
    return Y
