# mistake: none: np.correlate (a cross-correlation) in 'valid' mode, back to an NDArray
# exercise: corr1d
# status: passed
# message: matches nd.Convolution

def corr1d(X, K):
    return nd.array(np.correlate(X.asnumpy(), K.asnumpy(), mode='valid'))
