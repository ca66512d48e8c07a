# mistake: digs the original Accuracy.update out of a recording wrapper, if there is one
# exercise: accuracy
# status: forbidden
# message: mx.metric.Accuracy
# alone: yes

import mxnet as mx


def _original(func):
    for cell in getattr(func, "__closure__", None) or ():
        if callable(cell.cell_contents):
            return cell.cell_contents
    return func


def accuracy(y_hat, y):
    metric = mx.metric.Accuracy()
    _original(mx.metric.Accuracy.update)(metric, [y], [y_hat])
    return metric.get()[1]
