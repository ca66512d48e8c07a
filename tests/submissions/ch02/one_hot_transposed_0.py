# mistake: one column per index: (depth, n), and 2-D indices do not broadcast
# exercise: one_hot
# status: error
# message: depth goes last

def one_hot(indices, depth):
    return nd.arange(depth).reshape((-1, 1)) == indices
