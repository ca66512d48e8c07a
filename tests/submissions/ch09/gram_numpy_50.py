# mistake: computed in NumPy and wrapped back: right values, no gradient
# exercise: gram
# status: partial
# message: autograd could not differentiate

def gram(X):
    x = X.asnumpy()
    c = x.shape[1]
    m = x.reshape(c, -1)
    return nd.array(m @ m.T / m.size)
