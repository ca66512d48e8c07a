# mistake: none: the full cross-correlation of the zero-padded X with the flipped kernel,
# by d2l.corr2d (which differentiates)
# exercise: trans_conv
# status: passed
# message: passed

def trans_conv(X, K):
    kh, kw = K.shape
    h, w = X.shape
    padded = nd.pad(X.reshape((1, 1, h, w)), mode="constant",
                    pad_width=(0, 0, 0, 0, kh - 1, kh - 1, kw - 1, kw - 1))[0, 0]
    return d2l.corr2d(padded, nd.flip(nd.flip(K, axis=0), axis=1))
