# mistake: averages the channels instead of adding them
# exercise: corr2d_multi_in
# status: failed
# message: averages

def corr2d_multi_in(X, K):
    return nd.add_n(*[corr2d(x, k) for x, k in zip(X, K)]) / X.shape[0]
