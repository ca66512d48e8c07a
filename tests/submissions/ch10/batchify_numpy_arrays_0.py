# mistake: returns NumPy arrays, not NDArrays
# exercise: batchify
# status: failed
# message: should be an NDArray

def batchify(data):
    max_len = max(len(c) + len(n) for _, c, n in data)
    out = np.zeros((4, len(data), max_len), dtype=np.float32)
    for i, (_, c, n) in enumerate(data):
        out[1, i, :len(c) + len(n)] = c + n
        out[2, i, :len(c) + len(n)] = 1
        out[3, i, :len(c)] = 1
    return (np.array([[d[0]] for d in data], dtype=np.float32), out[1], out[2], out[3])
