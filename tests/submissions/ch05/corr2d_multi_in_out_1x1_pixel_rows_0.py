# mistake: reshapes X to (h * w, c_i), which does not give one row per pixel
# exercise: corr2d_multi_in_out_1x1
# status: failed
# message: X.reshape((h * w, c_i))

def corr2d_multi_in_out_1x1(X, K):
    c_i, h, w = X.shape
    c_o = K.shape[0]
    Y = nd.dot(X.reshape((h * w, c_i)), K.reshape((c_o, c_i)).T)
    return Y.T.reshape((c_o, h, w))
