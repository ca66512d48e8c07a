# mistake: calls nd.Convolution on a reshaped input
# exercise: corr2d
# status: forbidden
# message: calls the built-in

def corr2d(X, K):
    h, w = K.shape
    out = nd.Convolution(X.reshape((1, 1) + X.shape), K.reshape((1, 1, h, w)), kernel=(h, w),
                         num_filter=1, no_bias=True)
    return out[0, 0]
