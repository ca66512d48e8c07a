# mistake: none: prints inspect.signature and inspect.getsource of its own helper, for the student's information only
# exercise: squared_loss
# status: passed
# message: gives L2Loss per example

import inspect


def _half_square(diff):
    return diff ** 2 / 2


def squared_loss(y_hat, y):
    return _half_square(y_hat - y.reshape(y_hat.shape))


print(f"squared_loss{inspect.signature(squared_loss)}")
print(inspect.getsource(_half_square))
