# mistake: uses np.convolve, which flips the kernel
# exercise: corr1d
# status: failed
# message: the kernel is flipped

def corr1d(X, K):
    return nd.array(np.convolve(X.asnumpy(), K.asnumpy(), mode='valid'))
