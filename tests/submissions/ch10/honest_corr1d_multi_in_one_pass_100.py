# mistake: none: all channels at once, the sum over the kernel's columns of K[:, a] * X[:, a:a + m]
# exercise: corr1d_multi_in
# status: passed
# message: sums the channels

def corr1d_multi_in(X, K):
    w = K.shape[1]
    m = X.shape[1] - w + 1
    return nd.add_n(*[(X[:, a:a + m] * K[:, a:a + 1]).sum(axis=0) for a in range(w)])
