# mistake: the second edition's loop with Y[i:i + h, j:j + w] += X[i, j] * K: right values,
# but autograd cannot record the in-place update
# exercise: trans_conv
# status: partial
# message: in-place

def trans_conv(X, K):
    h, w = K.shape
    Y = nd.zeros((X.shape[0] + h - 1, X.shape[1] + w - 1))
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            Y[i: i + h, j: j + w] += X[i, j] * K
    return Y
