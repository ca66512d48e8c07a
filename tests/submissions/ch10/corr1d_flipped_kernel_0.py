# mistake: flips the kernel (the convolution of signal processing, not a cross-correlation)
# exercise: corr1d
# status: failed
# message: the kernel is flipped

def corr1d(X, K):
    w = K.shape[0]
    K = K[::-1] if isinstance(K, np.ndarray) else nd.flip(K, axis=0)
    Y = nd.zeros((X.shape[0] - w + 1))
    for i in range(Y.shape[0]):
        Y[i] = (X[i: i + w] * K).sum()
    return Y
