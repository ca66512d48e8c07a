# mistake: the zero-padded cross-correlation with K unflipped (the transposed convolution of
# the flipped kernel)
# exercise: trans_conv
# status: failed
# message: the kernel is flipped

def trans_conv(X, K):
    h, w = X.shape
    kh, kw = K.shape
    P = nd.pad(X.reshape((1, 1, h, w)), mode="constant",
               pad_width=(0, 0, 0, 0, kh - 1, kh - 1, kw - 1, kw - 1))[0, 0]
    out_h, out_w = h + kh - 1, w + kw - 1
    return nd.add_n(*[K[a, b] * P[a:a + out_h, b:b + out_w]
                      for a in range(kh) for b in range(kw)])
