# mistake: none: loops over the input's entries, placing X[i, j] * K with nd.concat of zeros
# exercise: trans_conv
# status: passed
# message: passed

def trans_conv(X, K):
    h, w = X.shape
    kh, kw = K.shape
    H, W = h + kh - 1, w + kw - 1
    terms = []
    for i in range(h):
        for j in range(w):
            block = X[i, j] * K
            if j:
                block = nd.concat(nd.zeros((kh, j)), block, dim=1)
            if W - j - kw:
                block = nd.concat(block, nd.zeros((kh, W - j - kw)), dim=1)
            if i:
                block = nd.concat(nd.zeros((i, W)), block, dim=0)
            if H - i - kh:
                block = nd.concat(block, nd.zeros((H - i - kh, W)), dim=0)
            terms.append(block)
    return nd.add_n(*terms)
