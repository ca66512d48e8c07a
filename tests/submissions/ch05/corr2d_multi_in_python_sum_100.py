# mistake: none: Python's sum over the channels
# exercise: corr2d_multi_in
# status: passed
# message: sums the channels

def corr2d_multi_in(X, K):
    return sum(corr2d(X[i], K[i]) for i in range(X.shape[0]))
