# mistake: averages the channels' cross-correlations
# exercise: corr1d_multi_in
# status: failed
# message: averages

def corr1d_multi_in(X, K):
    return nd.add_n(*[corr1d(x, k) for x, k in zip(X, K)]) / X.shape[0]
