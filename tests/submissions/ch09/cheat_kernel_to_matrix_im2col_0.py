# mistake: reads the matrix off nd.im2col's columns
# exercise: kernel_to_matrix
# status: forbidden
# message: calls the built-in

def kernel_to_matrix(K, input_shape):
    h, w = input_shape
    idx = nd.arange(1, h * w + 1).reshape((1, 1, h, w))
    cols = nd.im2col(idx, kernel=K.shape)[0]  # (kh * kw, out) of input positions + 1
    kflat = K.reshape(-1)
    n_out = cols.shape[1]
    W = nd.zeros((n_out, h * w))
    for r in range(n_out):
        for t in range(kflat.size):
            W[r, int(cols[t, r].asscalar()) - 1] = kflat[t]
    return W
