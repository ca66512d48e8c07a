# mistake: none: calls the d2l package's corr2d, which the grader's own corr2d runs here too (only the corr2d exercise forbids it)
# exercise: corr2d_multi_in
# status: passed
# message: sums the channels

def corr2d_multi_in(X, K):
    return nd.add_n(*[d2l.corr2d(x, k) for x, k in zip(X, K)])
