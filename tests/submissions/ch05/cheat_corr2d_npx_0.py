# mistake: calls the NumPy-interface convolution, mx.npx.convolution
# exercise: corr2d
# status: forbidden
# message: calls the built-in

import mxnet as mx


def corr2d(X, K):
    h, w = K.shape
    out = mx.npx.convolution(X.reshape((1, 1) + X.shape).as_np_ndarray(),
                             K.reshape((1, 1, h, w)).as_np_ndarray(), kernel=(h, w),
                             num_filter=1, no_bias=True)
    return out.as_nd_ndarray()[0, 0]
