# mistake: digs the original Accuracy.update out of the grader's recording wrapper
# exercise: accuracy
# status: forbidden
# message: machinery
# alone: yes
# others: forbidden

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
