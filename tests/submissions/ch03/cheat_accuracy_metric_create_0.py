# mistake: gets the Accuracy metric by name through mx.metric.create
# exercise: accuracy
# status: forbidden
# message: mx.metric.Accuracy

import mxnet as mx


def accuracy(y_hat, y):
    metric = mx.metric.create("acc")
    metric.update_dict({"label": y}, {"pred": y_hat})
    return metric.get()[1]
