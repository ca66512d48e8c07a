# mistake: uses channel 0 only
# exercise: corr1d_multi_in
# status: failed
# message: only channel 0

def corr1d_multi_in(X, K):
    return corr1d(X[0], K[0])
