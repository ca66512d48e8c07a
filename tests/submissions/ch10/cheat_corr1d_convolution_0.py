# mistake: calls nd.Convolution on reshaped inputs
# exercise: corr1d
# status: forbidden
# message: calls the built-in

def corr1d(X, K):
    w = K.shape[0]
    out = nd.Convolution(X.reshape((1, 1, -1)), K.reshape((1, 1, -1)), kernel=(w,),
                         num_filter=1, no_bias=True)
    return out.reshape((-1,))
