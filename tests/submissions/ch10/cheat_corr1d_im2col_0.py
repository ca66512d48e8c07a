# mistake: a cheat: nd.im2col does the convolution's unfolding, leaving one nd.dot
# exercise: corr1d
# status: forbidden
# message: convolution operator

# not in the forbidden list) -- reported as a gray area
def corr1d(X, K):
    n, w = X.shape[0], K.shape[0]
    cols = nd.im2col(X.reshape((1, 1, 1, n)), kernel=(1, w))  # (1, w, n - w + 1)
    return nd.dot(K.reshape((1, w)), cols[0]).reshape((-1,))
