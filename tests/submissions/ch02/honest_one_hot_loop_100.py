# mistake: none: item assignment in a Python loop over the flattened indices
# exercise: one_hot
# status: passed
# message: matches nd.one_hot

def one_hot(indices, depth):
    flat = indices.reshape((-1,)).asnumpy().astype(int)
    out = nd.zeros((flat.size, depth))
    for row, j in enumerate(flat):
        out[row, int(j)] = 1
    return out.reshape(indices.shape + (depth,))
