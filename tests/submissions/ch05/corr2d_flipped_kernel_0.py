# mistake: flips the kernel (the convolution of signal processing)
# exercise: corr2d
# status: failed
# message: the kernel is flipped

def corr2d(X, K):
    h, w = K.shape
    K = nd.flip(nd.flip(K, axis=0), axis=1)
    out_h, out_w = X.shape[0] - h + 1, X.shape[1] - w + 1
    return nd.add_n(*[K[a, b] * X[a:a + out_h, b:b + out_w]
                      for a in range(h) for b in range(w)])
