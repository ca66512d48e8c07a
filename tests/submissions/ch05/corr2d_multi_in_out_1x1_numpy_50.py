# mistake: multiplies in NumPy, so autograd cannot differentiate it
# exercise: corr2d_multi_in_out_1x1
# status: partial
# message: autograd could not differentiate

def corr2d_multi_in_out_1x1(X, K):
    c_i, h, w = X.shape
    c_o = K.shape[0]
    Y = K.asnumpy().reshape(c_o, c_i) @ X.asnumpy().reshape(c_i, h * w)
    return nd.array(Y.reshape(c_o, h, w))
