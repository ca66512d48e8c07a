# mistake: transposes w as if it were stored (out, in) like nn.Dense's weight
# exercise: linreg
# status: error
# message: without transposing w

def linreg(X, w, b):
    return nd.dot(X, w.T) + b
