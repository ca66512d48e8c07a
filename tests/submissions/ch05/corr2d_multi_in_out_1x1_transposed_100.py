# mistake: none: pixels as rows, the transposed product, transposed back
# exercise: corr2d_multi_in_out_1x1
# status: passed
# message: equals nd.Convolution

def corr2d_multi_in_out_1x1(X, K):
    c_i, h, w = X.shape
    c_o = K.shape[0]
    pixels = X.reshape((c_i, h * w)).T  # (h * w, c_i), one row per pixel
    return nd.dot(pixels, K.reshape((c_o, c_i)).T).T.reshape((c_o, h, w))
