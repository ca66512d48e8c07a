# mistake: adds the output channels into one map
# exercise: corr2d_multi_in_out
# status: failed
# message: one map per output channel

def corr2d_multi_in_out(X, K):
    return nd.add_n(*[corr2d_multi_in(X, k) for k in K])
