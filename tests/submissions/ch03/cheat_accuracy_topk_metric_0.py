# mistake: uses mx.metric.TopKAccuracy with top_k=1, which is the accuracy
# exercise: accuracy
# status: forbidden
# message: TopKAccuracy

import mxnet as mx


def accuracy(y_hat, y):
    metric = mx.metric.TopKAccuracy(top_k=1)
    metric.update([y], [y_hat])
    return metric.get()[1]
