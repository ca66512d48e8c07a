# mistake: none: flattens the indices, compares with broadcast_equal, reshapes back
# exercise: one_hot
# status: passed

def one_hot(indices, depth):
    flat = indices.reshape((-1, 1))
    out = nd.broadcast_equal(flat, nd.arange(depth).reshape((1, -1)))
    return out.reshape(indices.shape + (depth,))
