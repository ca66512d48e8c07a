# mistake: builds mx.sym.softmax and evaluates it with bind/forward
# exercise: softmax
# status: forbidden
# message: calls the built-in

import mxnet as mx


def softmax(X):
    data = mx.sym.var("data")
    executor = mx.sym.softmax(data, axis=1).bind(mx.cpu(), {"data": X})
    return executor.forward()[0]
