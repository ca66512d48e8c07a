# mistake: overwrites X in place and returns it
# exercise: relu
# status: partial
# message: changed its input X in place

def relu(X):
    X[:] = nd.maximum(X, 0)
    return X
