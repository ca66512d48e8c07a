# mistake: pads X and calls nd.Convolution with the flipped kernel (getattr, built string)
# exercise: trans_conv
# status: forbidden
# message: calls the built-in

def trans_conv(X, K):
    kh, kw = K.shape
    conv = getattr(nd, "Convol" + "ution")
    Kf = nd.flip(nd.flip(K, 0), 1)
    return conv(X.reshape((1, 1) + X.shape), Kf.reshape((1, 1, kh, kw)), kernel=(kh, kw),
                pad=(kh - 1, kw - 1), num_filter=1, no_bias=True)[0, 0]
