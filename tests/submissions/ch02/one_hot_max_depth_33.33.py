# mistake: takes the number of classes from indices.max() + 1
# exercise: one_hot
# status: partial
# message: use the depth argument

def one_hot(indices, depth):
    depth = int(indices.max().asscalar()) + 1
    return indices.expand_dims(-1) == nd.arange(depth)
