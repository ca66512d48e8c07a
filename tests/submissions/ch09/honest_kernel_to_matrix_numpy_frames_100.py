# mistake: none: each row is K placed into a zero frame of the input's shape, in NumPy
# exercise: kernel_to_matrix
# status: passed
# message: passed

def kernel_to_matrix(K, input_shape):
    k = K.asnumpy()
    h, w = input_shape
    kh, kw = k.shape
    rows = []
    for p in range(h - kh + 1):
        for q in range(w - kw + 1):
            frame = np.zeros((h, w), dtype="float32")
            frame[p:p + kh, q:q + kw] = k
            rows.append(frame.ravel())
    return nd.array(np.stack(rows))
