# mistake: none: nd.slice_axis for the neighbours, nd.mean of nd.abs
# exercise: tv_loss
# status: passed
# message: passed

def tv_loss(Y_hat):
    def mean_abs_diff(axis):
        n = Y_hat.shape[axis]
        a = nd.slice_axis(Y_hat, axis=axis, begin=1, end=n)
        b = nd.slice_axis(Y_hat, axis=axis, begin=0, end=n - 1)
        return nd.mean(nd.abs(a - b))
    return (mean_abs_diff(2) + mean_abs_diff(3)) / 2
