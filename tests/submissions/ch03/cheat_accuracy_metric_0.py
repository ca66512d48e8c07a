# mistake: uses mx.metric.Accuracy
# exercise: accuracy
# status: forbidden
# message: mx.metric.Accuracy

import mxnet as mx


def accuracy(y_hat, y):
    metric = mx.metric.Accuracy()
    metric.update([y], [y_hat])
    return metric.get()[1]
