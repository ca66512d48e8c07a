# mistake: none: NumPy pooling with one threading.Thread per output row, all joined before returning
# exercise: pool2d
# status: passed
# message: pads like nd.Pooling
# alone: yes

import threading


def pool2d(X, pool_size, mode='max', padding=(0, 0), stride=(1, 1)):
    p_h, p_w = pool_size
    pad_h, pad_w = padding
    s_h, s_w = stride
    n_h, n_w = X.shape
    fill = -np.inf if mode == 'max' else 0.0
    padded = np.full((n_h + 2 * pad_h, n_w + 2 * pad_w), fill, dtype=np.float32)
    padded[pad_h:pad_h + n_h, pad_w:pad_w + n_w] = X.asnumpy()
    out_h = (n_h + 2 * pad_h - p_h) // s_h + 1
    out_w = (n_w + 2 * pad_w - p_w) // s_w + 1
    Y = np.zeros((out_h, out_w), dtype=np.float32)

    def row(i):
        for j in range(out_w):
            window = padded[i * s_h: i * s_h + p_h, j * s_w: j * s_w + p_w]
            Y[i, j] = window.max() if mode == 'max' else window.sum() / (p_h * p_w)

    threads = [threading.Thread(target=row, args=(i,)) for i in range(out_h)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return nd.array(Y)
