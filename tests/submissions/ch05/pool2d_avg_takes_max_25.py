# mistake: takes the maximum in both modes
# exercise: pool2d
# status: partial
# message: took the maximum

def pool2d(X, pool_size, mode='max', padding=(0, 0), stride=(1, 1)):
    p_h, p_w = pool_size
    pad_h, pad_w = padding
    s_h, s_w = stride
    n_h, n_w = X.shape
    padded = np.full((n_h + 2 * pad_h, n_w + 2 * pad_w), -np.inf, dtype=np.float32)
    padded[pad_h:pad_h + n_h, pad_w:pad_w + n_w] = X.asnumpy()
    out_h = (n_h + 2 * pad_h - p_h) // s_h + 1
    out_w = (n_w + 2 * pad_w - p_w) // s_w + 1
    Y = np.zeros((out_h, out_w), dtype=np.float32)
    for i in range(out_h):
        for j in range(out_w):
            Y[i, j] = padded[i * s_h: i * s_h + p_h, j * s_w: j * s_w + p_w].max()
    return nd.array(Y)
