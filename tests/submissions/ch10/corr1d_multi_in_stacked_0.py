# mistake: stacks the per-channel cross-correlations instead of adding them
# exercise: corr1d_multi_in
# status: failed
# message: add the

def corr1d_multi_in(X, K):
    return nd.stack(*[corr1d(x, k) for x, k in zip(X, K)])
