# mistake: computes max(x, 0) in NumPy, so autograd cannot pass a gradient through it
# exercise: relu
# status: partial
# message: outside autograd

def relu(X):
    return nd.array(np.maximum(X.asnumpy(), 0))
