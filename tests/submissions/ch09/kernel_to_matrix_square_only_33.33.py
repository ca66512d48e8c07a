# mistake: takes the input to be square (w = h), as in the book's 4 x 4 example
# exercise: kernel_to_matrix
# status: partial
# message: kernel_to_matrix

def kernel_to_matrix(K, input_shape):
    h = w = input_shape[0]
    kh, kw = K.shape
    out_h, out_w = h - kh + 1, w - kw + 1
    W = nd.zeros((out_h * out_w, h * w))
    for p in range(out_h):
        for q in range(out_w):
            for a in range(kh):
                start = (p + a) * w + q
                W[p * out_w + q, start:start + kw] = K[a]
    return W
