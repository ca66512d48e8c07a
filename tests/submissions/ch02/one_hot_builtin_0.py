# mistake: calls nd.one_hot, the built-in the exercise forbids
# exercise: one_hot
# status: forbidden
# message: nd.one_hot

def one_hot(indices, depth):
    return nd.one_hot(indices, depth)
