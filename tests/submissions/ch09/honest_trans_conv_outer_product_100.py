# mistake: none: the (h, w, kh, kw) outer product, its pieces summed along anti-diagonals with
# nd.pad of each kernel slice
# exercise: trans_conv
# status: passed
# message: passed

def trans_conv(X, K):
    h, w = X.shape
    kh, kw = K.shape
    Y = 0
    for a in range(kh):
        for b in range(kw):
            Y = Y + nd.pad((X * K[a, b]).expand_dims(0).expand_dims(0), mode="constant",
                           pad_width=(0, 0, 0, 0, a, kh - 1 - a, b, kw - 1 - b)).squeeze(
                               axis=(0, 1))
    return Y
