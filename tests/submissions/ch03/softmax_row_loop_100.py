# mistake: none: one row at a time in a Python loop, stacked at the end
# exercise: softmax
# status: passed
# message: passes the right gradient back

def _softmax_row(x):
    e = nd.exp(x - nd.max(x))
    return e / nd.sum(e)


def softmax(X):
    return nd.stack(*[_softmax_row(X[i]) for i in range(X.shape[0])])
