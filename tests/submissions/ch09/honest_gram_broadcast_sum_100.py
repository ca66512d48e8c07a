# mistake: none: every pair of channels by broadcasting, products averaged over all entries
# exercise: gram
# status: passed
# message: passed

def gram(X):
    c = X.shape[1]
    rows = X.reshape((c, 1, -1))
    cols = X.reshape((1, c, -1))
    return (rows * cols).sum(axis=2) / X.size
