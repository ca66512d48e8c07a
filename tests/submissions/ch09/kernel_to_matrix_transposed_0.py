# mistake: returns W.T, of shape (h * w, out_h * out_w)
# exercise: kernel_to_matrix
# status: failed
# message: that is W.T

def kernel_to_matrix(K, input_shape):
    h, w = input_shape
    kh, kw = K.shape
    out_h, out_w = h - kh + 1, w - kw + 1
    W = nd.zeros((h * w, out_h * out_w))
    for p in range(out_h):
        for q in range(out_w):
            for a in range(kh):
                for b in range(kw):
                    W[(p + a) * w + q + b, p * out_w + q] = K[a, b]
    return W
