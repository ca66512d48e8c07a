# mistake: calls nd.Convolution with all channels at once
# exercise: corr1d_multi_in
# status: forbidden
# message: calls the built-in

def corr1d_multi_in(X, K):
    out = nd.Convolution(X.expand_dims(0), K.expand_dims(0), kernel=(K.shape[1],),
                         num_filter=1, no_bias=True)
    return out.reshape((-1,))
