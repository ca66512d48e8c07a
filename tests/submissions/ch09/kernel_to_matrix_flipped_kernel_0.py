# mistake: the kernel flipped (a true convolution), not the cross-correlation of corr2d
# exercise: kernel_to_matrix
# status: failed
# message: the kernel is flipped

def kernel_to_matrix(K, input_shape):
    h, w = input_shape
    kh, kw = K.shape
    oh, ow = h - kh + 1, w - kw + 1
    k = K.asnumpy()[::-1, ::-1]
    W = np.zeros((oh * ow, h * w), dtype='float32')
    for p in range(oh):
        for q in range(ow):
            for a in range(kh):
                W[p * ow + q, (p + a) * w + q:(p + a) * w + q + kw] = k[a]
    return nd.array(W)
