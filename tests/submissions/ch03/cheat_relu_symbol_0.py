# mistake: evaluates mx.sym.relu through a bound executor
# exercise: relu
# status: forbidden
# message: calls the built-in

import mxnet as mx


def relu(X):
    x = mx.sym.var("x")
    return mx.sym.relu(x).bind(mx.cpu(), {"x": X}).forward()[0]
