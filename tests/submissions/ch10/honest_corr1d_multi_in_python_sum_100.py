# mistake: none: Python's sum over the channels
# exercise: corr1d_multi_in
# status: passed
# message: sums the channels

def corr1d_multi_in(X, K):
    return sum(corr1d(X[i], K[i]) for i in range(X.shape[0]))
