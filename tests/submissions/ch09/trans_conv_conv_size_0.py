# mistake: computes the convolution (d2l.corr2d) instead: the output has the convolution's size
# exercise: trans_conv
# status: error
# message: the shape of the convolution's output

def trans_conv(X, K):
    return d2l.corr2d(X, K)
