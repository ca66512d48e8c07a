# mistake: computes X w in NumPy, so no gradient reaches X and w
# exercise: linreg
# status: partial
# message: outside autograd

def linreg(X, w, b):
    return nd.array(X.asnumpy() @ w.asnumpy()) + b
