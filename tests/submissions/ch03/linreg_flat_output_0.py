# mistake: multiplies elementwise and sums the rows, which gives shape (n,) instead of (n, 1)
# exercise: linreg
# status: failed
# message: return shape (n, 1)

def linreg(X, w, b):
    return (X * w.reshape((1, -1))).sum(axis=1) + b
