# mistake: reaches nd.Convolution through getattr and a built string, in the NumPy interface
# exercise: corr1d
# status: forbidden
# message: calls the built-in

import mxnet as mx


def corr1d(X, K):
    conv = getattr(mx.npx, "convol" + "ution")
    w = K.shape[0]
    out = conv(X.reshape((1, 1, -1)).as_np_ndarray(), K.reshape((1, 1, -1)).as_np_ndarray(),
               kernel=(w,), num_filter=1, no_bias=True)
    return out.as_nd_ndarray().reshape((-1,))
