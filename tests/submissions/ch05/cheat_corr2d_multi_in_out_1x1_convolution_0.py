# mistake: calls nd.Convolution with 1x1 kernels
# exercise: corr2d_multi_in_out_1x1
# status: forbidden
# message: calls the built-in

def corr2d_multi_in_out_1x1(X, K):
    return nd.Convolution(X.expand_dims(0), K, kernel=(1, 1), num_filter=K.shape[0],
                          no_bias=True)[0]
