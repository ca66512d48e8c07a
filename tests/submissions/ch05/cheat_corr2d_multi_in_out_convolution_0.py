# mistake: calls nd.Convolution
# exercise: corr2d_multi_in_out
# status: forbidden
# message: calls the built-in

def corr2d_multi_in_out(X, K):
    return nd.Convolution(X.expand_dims(0), K, kernel=K.shape[2:], num_filter=K.shape[0],
                          no_bias=True)[0]
