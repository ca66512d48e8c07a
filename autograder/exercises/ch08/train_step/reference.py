"""Reference `train_step`: one Trainer step on one device with the whole batch."""

import numpy as np
from mxnet import autograd, gluon, nd
from mxnet.gluon import loss as gloss

from d2l.selfcheck.ch08.train_step import public as ex


def step(X, y, values, lr):
    net = ex.build(values[0].shape[1], values[0].shape[0], values[2].shape[0])
    net.initialize()
    params = list(net.collect_params().values())
    for p, v in zip(params, values):
        p.set_data(nd.array(v))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": float(lr)})
    with autograd.record():
        ls = gloss.SoftmaxCrossEntropyLoss()(net(nd.array(X)), nd.array(y))
    ls.backward()
    trainer.step(X.shape[0])
    return [p.data().asnumpy() for p in params]


def make(rng, n, d_in=5, hidden=8, classes=3):
    X = rng.normal(size=(n, d_in)).astype("float32")
    y = rng.integers(0, classes, size=n).astype("float32")
    values = [(rng.normal(size=s) * 0.5).astype("float32")
              for s in [(hidden, d_in), (hidden,), (classes, hidden), (classes,)]]
    return X, y, values


def public_cases(rng):
    X, y, values = make(rng, 4)
    lr = np.float32(0.5)
    cases = {"X": X, "y": y, "lr": lr}
    for i, (v, e) in enumerate(zip(values, step(X, y, values, lr))):
        cases[f"param{i}"], cases[f"expected{i}"] = v, e
    return cases
