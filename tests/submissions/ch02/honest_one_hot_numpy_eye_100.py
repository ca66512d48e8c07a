# mistake: none: NumPy's identity matrix indexed by the indices, back to an NDArray
# exercise: one_hot
# status: passed

def one_hot(indices, depth):
    idx = indices.asnumpy().astype(np.int64)
    return nd.array(np.eye(depth, dtype=np.float32)[idx])
