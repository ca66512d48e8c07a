"""Reference answers for chapter 3, computed by MXNet's own operators and Gluon layers.

The hidden checks call these on fresh random inputs; ``public_cases`` records a fixed set of
inputs and outputs that backs the notebook's public ``check`` and the drift test.
"""

import numpy as np
from mxnet import autograd, gluon, metric, nd

_F32 = "float32"


def _nd(x, dtype=_F32):
    return nd.array(np.asarray(x), dtype=dtype)


def softmax(X):
    return nd.softmax(_nd(X), axis=1).asnumpy()


def softmax_grad(X, head):
    x = _nd(X)
    x.attach_grad()
    with autograd.record():
        out = nd.softmax(x, axis=1)
    out.backward(_nd(head))
    return x.grad.asnumpy()


def cross_entropy_from_logits(logits, labels):
    """Per-example loss; equals ``cross_entropy(softmax(logits), labels)``."""
    return gluon.loss.SoftmaxCrossEntropyLoss()(_nd(logits), _nd(labels)).asnumpy()


def cross_entropy_grad(probs, labels, head):
    """d/d y_hat of -log(pick(y_hat, y)), through MXNet's pick and log."""
    p = _nd(probs)
    p.attach_grad()
    with autograd.record():
        out = -nd.pick(p, _nd(labels)).log()
    out.backward(_nd(head))
    return p.grad.asnumpy()


def linreg(X, w, b):
    """A Gluon ``Dense(1)`` holding ``w`` (transposed to MXNet's layout) and ``b``."""
    layer = gluon.nn.Dense(1, in_units=w.shape[0])
    layer.initialize()
    layer.weight.set_data(_nd(np.asarray(w).T))
    layer.bias.set_data(_nd(b))
    return layer(_nd(X)).asnumpy()


def linreg_grads(X, w, b, head):
    x, wt, bias = _nd(X), _nd(np.asarray(w).T), _nd(b)
    for a in (x, wt, bias):
        a.attach_grad()
    with autograd.record():
        out = nd.FullyConnected(x, wt, bias, num_hidden=wt.shape[0])
    out.backward(_nd(head))
    return x.grad.asnumpy(), wt.grad.asnumpy().T, bias.grad.asnumpy()


def squared_loss(y_hat, y):
    """``gluon.loss.L2Loss`` per example, in ``y_hat``'s shape (the book's convention)."""
    y_hat = np.asarray(y_hat)
    loss = gluon.loss.L2Loss()(_nd(y_hat), _nd(np.asarray(y).reshape(y_hat.shape)))
    return loss.asnumpy().reshape(y_hat.shape[0], *([1] * (y_hat.ndim - 1)))


def sgd_step(params, grads, lr, batch_size):
    """One ``gluon.Trainer('sgd')`` step; the loss gradient is summed over the batch."""
    net_params = []
    for i, p in enumerate(params):
        param = gluon.Parameter(f"p{i}", shape=np.shape(p))
        param.initialize(init="zeros")
        param.set_data(_nd(p))
        net_params.append(param)
    with autograd.record():  # a loss whose gradient is exactly ``grads``
        loss = nd.add_n(*[(p.data() * _nd(g)).sum() for p, g in zip(net_params, grads)])
    loss.backward()
    trainer = gluon.Trainer(net_params, "sgd", {"learning_rate": lr})
    trainer.step(batch_size)
    return [p.data().asnumpy() for p in net_params]


def relu(X):
    return nd.relu(_nd(X)).asnumpy()


def relu_grad(X, head):
    x = _nd(X)
    x.attach_grad()
    with autograd.record():
        out = nd.relu(x)
    out.backward(_nd(head))
    return x.grad.asnumpy()


def mlp(X, W1, b1, W2, b2):
    """The book's MLP as Gluon layers: Dense(relu) then Dense, weights transposed."""
    hidden = gluon.nn.Dense(W1.shape[1], activation="relu", in_units=W1.shape[0])
    output = gluon.nn.Dense(W2.shape[1], in_units=W2.shape[0])
    for layer, W, b in ((hidden, W1, b1), (output, W2, b2)):
        layer.initialize()
        layer.weight.set_data(_nd(np.asarray(W).T))
        layer.bias.set_data(_nd(b))
    x = _nd(X).reshape((-1, W1.shape[0]))
    return output(hidden(x)).asnumpy()


def mlp_grad_X(X, W1, b1, W2, b2, head):
    x = _nd(X)
    x.attach_grad()
    with autograd.record():
        h = nd.relu(nd.dot(x.reshape((-1, W1.shape[0])), _nd(W1)) + _nd(b1))
        out = nd.dot(h, _nd(W2)) + _nd(b2)
    out.backward(_nd(head))
    return x.grad.asnumpy()


def l2_penalty(w):
    return float((nd.norm(_nd(w)) ** 2 / 2).asscalar())


def accuracy(y_hat, y):
    acc = metric.Accuracy()
    acc.update([_nd(y)], [_nd(y_hat)])
    return float(acc.get()[1])


def dropout_train(X, p, seed=0):
    """``nd.Dropout`` in training mode (for its statistics: kept fraction and scale)."""
    import mxnet as mx

    mx.random.seed(seed)
    with autograd.train_mode():
        return nd.Dropout(_nd(X), p=p).asnumpy()


def log_rmse(weight, bias, features, labels):
    """The book's ``log_rmse`` on a ``Dense(1)`` net, with ``L2Loss`` as in §3.16."""
    net = gluon.nn.Dense(1, in_units=weight.shape[1])
    net.initialize()
    net.weight.set_data(_nd(weight))
    net.bias.set_data(_nd(bias))
    clipped = nd.clip(net(_nd(features)), 1, float("inf"))
    loss = gluon.loss.L2Loss()
    return float(nd.sqrt(2 * loss(clipped.log(), _nd(labels).log()).mean()).asscalar())


def get_k_fold_data(k, i, X, y):
    """The book's k-fold split: consecutive folds of n // k rows, the remainder unused."""
    fold = X.shape[0] // k
    parts = [(X[j * fold:(j + 1) * fold], y[j * fold:(j + 1) * fold]) for j in range(k)]
    train = [p for j, p in enumerate(parts) if j != i]
    X_train = nd.concat(*[_nd(a) for a, _ in train], dim=0).asnumpy()
    y_train = nd.concat(*[_nd(b) for _, b in train], dim=0).asnumpy()
    return X_train, y_train, parts[i][0], parts[i][1]


def public_cases(seed=20190101):
    """Fixed inputs and MXNet's outputs for the public self-check (``d2l.check``)."""
    rng = np.random.default_rng(seed)
    c = {}
    X = rng.normal(size=(3, 4)).astype(_F32)
    w = rng.normal(size=(4, 1)).astype(_F32)
    b = rng.normal(size=(1,)).astype(_F32)
    c["linreg/X"], c["linreg/w"], c["linreg/b"] = X, w, b
    c["linreg/out"] = linreg(X, w, b)
    y_hat = rng.normal(size=(5, 1)).astype(_F32)
    y = rng.normal(size=(5,)).astype(_F32)
    c["squared_loss/y_hat"], c["squared_loss/y"] = y_hat, y
    c["squared_loss/out"] = squared_loss(y_hat, y)
    p = rng.normal(size=(2, 3)).astype(_F32)
    g = rng.normal(size=(2, 3)).astype(_F32)
    c["sgd/param"], c["sgd/grad"] = p, g
    c["sgd/out"] = sgd_step([p], [g], 0.1, 4)[0]
    Z = (rng.normal(size=(4, 5)) * 3).astype(_F32)
    c["softmax/X"], c["softmax/out"] = Z, softmax(Z)
    labels = rng.integers(0, 5, size=4).astype(_F32)
    c["cross_entropy/y_hat"], c["cross_entropy/y"] = softmax(Z), labels
    c["cross_entropy/out"] = cross_entropy_from_logits(Z, labels)
    c["accuracy/y_hat"], c["accuracy/y"] = Z, labels
    c["accuracy/out"] = np.float32(accuracy(Z, labels))
    R = rng.normal(size=(3, 4)).astype(_F32)
    c["relu/X"], c["relu/out"] = R, relu(R)
    Xm = rng.normal(size=(2, 1, 4, 2)).astype(_F32)
    W1 = rng.normal(size=(8, 5)).astype(_F32)
    b1 = rng.normal(size=(5,)).astype(_F32)
    W2 = rng.normal(size=(5, 3)).astype(_F32)
    b2 = rng.normal(size=(3,)).astype(_F32)
    c.update({"net/X": Xm, "net/W1": W1, "net/b1": b1, "net/W2": W2, "net/b2": b2})
    c["net/out"] = mlp(Xm, W1, b1, W2, b2)
    wp = rng.normal(size=(4, 1)).astype(_F32)
    c["l2_penalty/w"], c["l2_penalty/out"] = wp, np.float32(l2_penalty(wp))
    weight = rng.normal(size=(1, 3)).astype(_F32)
    bias = np.array([2.0], dtype=_F32)
    feats = rng.normal(size=(6, 3)).astype(_F32)
    labs = rng.uniform(1, 10, size=(6, 1)).astype(_F32)
    c.update({"log_rmse/weight": weight, "log_rmse/bias": bias, "log_rmse/features": feats,
              "log_rmse/labels": labs})
    c["log_rmse/out"] = np.float32(log_rmse(weight, bias, feats, labs))
    Xk = np.arange(22, dtype=_F32).reshape(11, 2)
    yk = np.arange(11, dtype=_F32).reshape(11, 1)
    parts = get_k_fold_data(3, 1, Xk, yk)
    c["get_k_fold_data/X"], c["get_k_fold_data/y"] = Xk, yk
    for name, arr in zip(("X_train", "y_train", "X_valid", "y_valid"), parts):
        c[f"get_k_fold_data/{name}"] = arr
    return c
