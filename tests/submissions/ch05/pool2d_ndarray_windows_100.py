# mistake: none: NDArrays throughout, padding built with nd.concat
# exercise: pool2d
# status: passed
# message: pads like nd.Pooling

def pool2d(X, pool_size, mode='max', padding=(0, 0), stride=(1, 1)):
    p_h, p_w = pool_size
    pad_h, pad_w = padding
    s_h, s_w = stride
    fill = float('-inf') if mode == 'max' else 0.0
    n_h, n_w = X.shape
    if pad_w:
        side = nd.full((n_h, pad_w), fill)
        X = nd.concat(side, X, side, dim=1)
    if pad_h:
        band = nd.full((pad_h, X.shape[1]), fill)
        X = nd.concat(band, X, band, dim=0)
    out_h = (X.shape[0] - p_h) // s_h + 1
    out_w = (X.shape[1] - p_w) // s_w + 1
    Y = nd.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            window = X[i * s_h: i * s_h + p_h, j * s_w: j * s_w + p_w]
            Y[i, j] = window.max() if mode == 'max' else window.sum() / (p_h * p_w)
    return Y
