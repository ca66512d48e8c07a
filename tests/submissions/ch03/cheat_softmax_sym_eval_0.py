# mistake: evaluates mx.sym.softmax with Symbol.eval
# exercise: softmax
# status: forbidden
# message: calls the built-in

import mxnet as mx


def softmax(X):
    return mx.sym.softmax(mx.sym.var("x"), axis=1).eval(ctx=mx.cpu(), x=X)[0]
