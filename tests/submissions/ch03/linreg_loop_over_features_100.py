# mistake: none: a Python loop over the features, one column at a time
# exercise: linreg
# status: passed
# message: matches a Gluon Dense(1) layer

def linreg(X, w, b):
    """y_hat = sum_k X[:, k] w[k] + b, written out feature by feature."""
    out = nd.zeros((X.shape[0], 1)) + b
    for k in range(X.shape[1]):
        out = out + X[:, k:k + 1] * w[k]
    return out
