"""Linear regression from scratch (§3.2): data_iter, linreg, squared_loss, sgd."""
import random

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd

import d2l


def test_data_iter_covers_every_example_once_in_shuffled_minibatches():
    features = nd.arange(20).reshape((10, 2))
    labels = nd.arange(10)
    random.seed(0)
    batches = list(d2l.data_iter(3, features, labels))

    assert [len(y) for _, y in batches] == [3, 3, 3, 1]
    order = np.concatenate([y.asnumpy() for _, y in batches])
    assert sorted(order) == list(range(10)) and list(order) != list(range(10))
    for X, y in batches:  # features and labels stay paired
        np.testing.assert_array_equal(X.asnumpy(), features.asnumpy()[y.asnumpy().astype(int)])


def test_linreg():
    X, w, b = nd.random.normal(shape=(4, 2)), nd.array([[2], [-3.4]]), nd.array([4.2])
    np.testing.assert_allclose(d2l.linreg(X, w, b).asnumpy(),
                               X.asnumpy() @ w.asnumpy() + 4.2, rtol=1e-6)


def test_squared_loss_reshapes_the_labels_and_does_not_average():
    y_hat = nd.array([[1.0], [2.0], [4.0]])
    y = nd.array([1.0, 3.0, 1.0])
    loss = d2l.squared_loss(y_hat, y)
    assert loss.shape == (3, 1)
    np.testing.assert_allclose(loss.asnumpy()[:, 0], [0, 0.5, 4.5])
    np.testing.assert_allclose(loss.asnumpy()[:, 0], gluon.loss.L2Loss()(y_hat, y).asnumpy())


def test_sgd_updates_in_place_dividing_by_the_batch_size():
    w = nd.array([1.0, 2.0])
    w.attach_grad()
    with autograd.record():
        loss = (w * nd.array([3.0, 4.0])).sum()
    loss.backward()
    before = w

    d2l.sgd([w], lr=0.5, batch_size=2)

    assert w is before
    np.testing.assert_allclose(w.asnumpy(), [1.0 - 0.5 * 3 / 2, 2.0 - 0.5 * 4 / 2])
    np.testing.assert_allclose(w.grad.asnumpy(), [3.0, 4.0])  # still attached, unchanged


def test_scratch_linear_regression_recovers_the_book_parameters():
    mx.random.seed(0)
    random.seed(0)
    true_w, true_b = nd.array([2, -3.4]), 4.2
    features = nd.random.normal(scale=1, shape=(1000, 2))
    labels = nd.dot(features, true_w) + true_b + nd.random.normal(scale=0.01, shape=(1000,))
    w, b = nd.random.normal(scale=0.01, shape=(2, 1)), nd.zeros(shape=(1,))
    w.attach_grad()
    b.attach_grad()
    for _ in range(3):
        for X, y in d2l.data_iter(10, features, labels):
            with autograd.record():
                loss = d2l.squared_loss(d2l.linreg(X, w, b), y)
            loss.backward()
            d2l.sgd([w, b], 0.03, 10)
    np.testing.assert_allclose(w.asnumpy()[:, 0], true_w.asnumpy(), atol=1e-3)
    np.testing.assert_allclose(b.asscalar(), true_b, atol=1e-3)
