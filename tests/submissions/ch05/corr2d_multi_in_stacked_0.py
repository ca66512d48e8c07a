# mistake: stacks the per-channel maps instead of adding them
# exercise: corr2d_multi_in
# status: failed
# message: add the

def corr2d_multi_in(X, K):
    return nd.stack(*[corr2d(x, k) for x, k in zip(X, K)])
