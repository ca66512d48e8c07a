# mistake: calls nd.Deconvolution, the built-in the exercise re-implements
# exercise: trans_conv
# status: forbidden
# message: calls the built-in

def trans_conv(X, K):
    kh, kw = K.shape
    Y = nd.Deconvolution(X.reshape((1, 1) + X.shape), K.reshape((1, 1, kh, kw)),
                         kernel=(kh, kw), num_filter=1, no_bias=True)
    return Y[0, 0]
