# mistake: uses only the first channel
# exercise: corr2d_multi_in
# status: failed
# message: only channel 0 is used

def corr2d_multi_in(X, K):
    return corr2d(X[0], K[0])
