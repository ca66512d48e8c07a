# mistake: calls the built-in through an alias
# exercise: softmax
# status: forbidden
# message: calls the built-in

from mxnet import ndarray as F


def softmax(X):
    fn = getattr(F, "soft" + "max")
    return fn(X)
