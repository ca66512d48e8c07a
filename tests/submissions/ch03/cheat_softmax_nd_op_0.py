# mistake: calls softmax through mx.nd.op
# exercise: softmax
# status: forbidden
# message: nd.softmax

import mxnet as mx


def softmax(X):
    return mx.nd.op.softmax(X, axis=1)
