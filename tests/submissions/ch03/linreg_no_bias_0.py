# mistake: forgets the bias
# exercise: linreg
# status: failed
# message: without the bias

def linreg(X, w, b):
    return nd.dot(X, w)
