"""Linear regression from scratch: minibatches, model, loss and optimiser (§3.2)."""
import random

from mxnet import nd


def data_iter(batch_size, features, labels):
    """Yield shuffled minibatches ``(X, y)`` that cover every example once per pass.

    The last minibatch is smaller when ``batch_size`` does not divide the number of examples.
    From §3.2 线性回归的从零开始实现.
    """
    num_examples = len(features)
    indices = list(range(num_examples))
    random.shuffle(indices)
    for i in range(0, num_examples, batch_size):
        j = nd.array(indices[i: min(i + batch_size, num_examples)])
        yield features.take(j), labels.take(j)


def linreg(X, w, b):
    """The linear regression model ``X w + b``. From §3.2 线性回归的从零开始实现."""
    return nd.dot(X, w) + b


def squared_loss(y_hat, y):
    """Half the squared error per example, ``(y_hat - y)**2 / 2``, not averaged.

    ``y`` is reshaped to ``y_hat``'s shape, so a label vector of shape (n,) pairs with
    predictions of shape (n, 1) element by element instead of broadcasting to (n, n).
    From §3.2 线性回归的从零开始实现.
    """
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, lr, batch_size):
    """Minibatch SGD step, in place: ``param -= lr * param.grad / batch_size``.

    The losses were summed over the minibatch, hence the division by ``batch_size``.
    From §3.2 线性回归的从零开始实现.
    """
    for param in params:
        param[:] = param - lr * param.grad / batch_size
