# mistake: the input is flattened column by column (Fortran order)
# exercise: kernel_to_matrix
# status: failed
# message: column by column

def kernel_to_matrix(K, input_shape):
    h, w = input_shape
    kh, kw = K.shape
    out_h, out_w = h - kh + 1, w - kw + 1
    W = nd.zeros((out_h * out_w, h * w))
    for p in range(out_h):
        for q in range(out_w):
            for a in range(kh):
                for b in range(kw):
                    W[p * out_w + q, (q + b) * h + (p + a)] = K[a, b]
    return W
