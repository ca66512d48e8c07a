# mistake: lets mx.optimizer.SGD take the step
# exercise: gd_2d
# status: forbidden
# message: SGD.update

import mxnet as mx


def gd_2d(x1, x2, s1, s2):
    x = nd.array([x1, x2], dtype='float64')
    mx.optimizer.SGD(learning_rate=eta).update(0, x, nd.array([2 * x1, 4 * x2], dtype='float64'), None)
    return float(x[0].asscalar()), float(x[1].asscalar()), 0, 0
