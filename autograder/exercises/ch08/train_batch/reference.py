"""Reference `train_batch`: one SGD step on one device with the whole batch (MXNet autograd
and the book's LeNet), the parameters the multi-device step must reproduce."""

import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import loss as gloss

from d2l.selfcheck.ch08.train_batch import public as ex


def step(X, y, values, lr):
    params = [nd.array(v) for v in values]
    for p in params:
        p.attach_grad()
    with autograd.record():
        ls = gloss.SoftmaxCrossEntropyLoss()(ex.lenet(nd.array(X), params), nd.array(y))
    ls.backward()
    n = X.shape[0]
    return [(p - lr * p.grad / n).asnumpy() for p in params]


def make(rng, n):
    X = rng.normal(size=(n, 1, 28, 28)).astype("float32")
    y = rng.integers(0, 10, size=n).astype("float32")
    values = [(rng.normal(size=s) * 0.1).astype("float32") for s in ex.SHAPES]
    return X, y, values


def public_cases(rng):
    X, y, values = make(rng, 4)
    lr = np.float32(0.5)
    cases = {"X": X, "y": y, "lr": lr}
    for i, (v, e) in enumerate(zip(values, step(X, y, values, lr))):
        cases[f"param{i}"], cases[f"expected{i}"] = v, e
    return cases
