# mistake: log_softmax of the log-probabilities (they already sum to 1), then pick
# exercise: cross_entropy
# status: forbidden
# message: calls the built-in

import mxnet as mx


def cross_entropy(y_hat, y):
    return -nd.pick(mx.nd.log_softmax(y_hat.log(), axis=1), y)
