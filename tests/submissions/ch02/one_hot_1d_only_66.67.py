# mistake: flattens the indices: 2-D indices give (n, depth)
# exercise: one_hot
# status: partial
# message: has shape

def one_hot(indices, depth):
    return indices.reshape((-1, 1)) == nd.arange(depth)
