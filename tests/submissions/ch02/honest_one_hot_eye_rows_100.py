# mistake: none: rows of the identity matrix, indexed by the indices
# exercise: one_hot
# status: passed
# message: matches nd.one_hot

def one_hot(indices, depth):
    return nd.eye(depth)[indices]
