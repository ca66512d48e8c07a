# mistake: calls the NumPy-interface softmax, mx.npx.softmax
# exercise: softmax
# status: forbidden
# message: calls the built-in

import mxnet as mx


def softmax(X):
    return mx.npx.softmax(X.as_np_ndarray(), axis=1).as_nd_ndarray()
