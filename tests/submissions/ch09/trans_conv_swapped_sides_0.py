# mistake: the kernel's height and width are read the wrong way round (K.T)
# exercise: trans_conv
# status: failed
# message: height and width are swapped

def trans_conv(X, K):
    K = K.T
    h, w = X.shape
    kh, kw = K.shape
    Y = nd.zeros((h + kh - 1, w + kw - 1))
    for a in range(kh):
        for b in range(kw):
            shifted = nd.pad(X.reshape((1, 1, h, w)), mode="constant",
                             pad_width=(0, 0, 0, 0, a, kh - 1 - a, b, kw - 1 - b))
            Y = Y + K[a, b] * shifted[0, 0]
    return Y
