# mistake: the stride defaults to the pool size (Gluon's MaxPool2D convention), not to 1
# exercise: pool2d
# status: partial
# message: wrong stride default

def pool2d(X, pool_size, mode='max', padding=(0, 0), stride=None):
    if stride is None:
        stride = pool_size

    p_h, p_w = pool_size
    pad_h, pad_w = padding
    s_h, s_w = stride
    n_h, n_w = X.shape
    padded = np.full((n_h + 2 * pad_h, n_w + 2 * pad_w), (-np.inf if mode == 'max' else 0.0), dtype=np.float32)
    padded[pad_h:pad_h + n_h, pad_w:pad_w + n_w] = X.asnumpy()
    out_h = (n_h + 2 * pad_h - p_h) // s_h + 1
    out_w = (n_w + 2 * pad_w - p_w) // s_w + 1
    Y = np.zeros((out_h, out_w), dtype=np.float32)
    for i in range(out_h):
        for j in range(out_w):
            window = padded[i * s_h: i * s_h + p_h, j * s_w: j * s_w + p_w]
            Y[i, j] = window.max() if mode == 'max' else window.sum() / (p_h * p_w)
    return nd.array(Y)
