# mistake: computes in NumPy, so autograd cannot differentiate it
# exercise: corr2d
# status: partial
# message: autograd could not differentiate

def corr2d(X, K):
    x, k = X.asnumpy(), K.asnumpy()
    h, w = k.shape
    Y = np.zeros((x.shape[0] - h + 1, x.shape[1] - w + 1), dtype=np.float32)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (x[i:i + h, j:j + w] * k).sum()
    return nd.array(Y)
