# mistake: the book's pool2d, which ignores the padding and stride arguments
# exercise: pool2d
# status: partial
# message: had been ignored

def pool2d(X, pool_size, mode='max', padding=(0, 0), stride=(1, 1)):
    p_h, p_w = pool_size
    Y = nd.zeros((X.shape[0] - p_h + 1, X.shape[1] - p_w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            if mode == 'max':
                Y[i, j] = X[i: i + p_h, j: j + p_w].max()
            elif mode == 'avg':
                Y[i, j] = X[i: i + p_h, j: j + p_w].mean()
    return Y
