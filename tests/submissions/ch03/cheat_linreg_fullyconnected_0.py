# mistake: calls nd.FullyConnected through mx.nd.op
# exercise: linreg
# status: forbidden
# message: FullyConnected

import mxnet as mx


def linreg(X, w, b):
    return mx.nd.op.FullyConnected(X, w.T, b, num_hidden=1)
