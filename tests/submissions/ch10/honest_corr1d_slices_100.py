# mistake: none: the sum over the kernel's entries of K[a] * X[a:a + m]
# exercise: corr1d
# status: passed
# message: matches nd.Convolution

def corr1d(X, K):
    w = K.shape[0]
    m = X.shape[0] - w + 1
    return nd.add_n(*[X[a:a + m] * K[a] for a in range(w)])
