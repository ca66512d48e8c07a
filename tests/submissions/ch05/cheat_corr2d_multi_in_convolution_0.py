# mistake: calls nd.Convolution
# exercise: corr2d_multi_in
# status: forbidden
# message: calls the built-in

def corr2d_multi_in(X, K):
    out = nd.Convolution(X.expand_dims(0), K.expand_dims(0), kernel=K.shape[1:], num_filter=1,
                         no_bias=True)
    return out[0, 0]
