# mistake: a transposed convolution with the flipped kernel is a full cross-correlation; crops it
# exercise: corr2d
# status: forbidden
# message: calls the built-in

def corr2d(X, K):
    h, w = K.shape
    flipped = nd.flip(nd.flip(K, axis=0), axis=1).reshape((1, 1, h, w))
    full = nd.Deconvolution(X.reshape((1, 1) + X.shape), flipped, kernel=(h, w), num_filter=1,
                            no_bias=True)[0, 0]
    return full[h - 1:X.shape[0], w - 1:X.shape[1]]
