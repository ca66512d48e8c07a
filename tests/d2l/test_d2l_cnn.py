"""Chapter-5 helpers (§5.1, §5.5, §5.11): corr2d, Residual, train_ch5."""
import re

import mxnet as mx
import numpy as np
import pytest
from mxnet import autograd, gluon, init, nd

import d2l


def test_corr2d_matches_the_books_example_and_nd_convolution():
    X = nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]])
    K = nd.array([[0, 1], [2, 3]])
    np.testing.assert_array_equal(d2l.corr2d(X, K).asnumpy(), [[19, 25], [37, 43]])
    X, K = nd.random.normal(shape=(6, 7)), nd.random.normal(shape=(2, 3))
    ref = nd.Convolution(X.reshape((1, 1, 6, 7)), K.reshape((1, 1, 2, 3)), kernel=(2, 3),
                         num_filter=1, no_bias=True)[0, 0]
    np.testing.assert_allclose(d2l.corr2d(X, K).asnumpy(), ref.asnumpy(), rtol=1e-5,
                               atol=1e-5)


def test_corr2d_is_differentiable():
    """Unlike the book's item-by-item loop, autograd can record it (its exercise on §5.1)."""
    X, K = nd.random.normal(shape=(5, 4)), nd.random.normal(shape=(2, 2))
    X.attach_grad()
    K.attach_grad()
    with autograd.record():
        Y = d2l.corr2d(X, K)
    Y.backward()
    # dY/dK[a, b] summed over the output is the sum of the window of X that K[a, b] meets.
    expected = [[X[a:a + 4, b:b + 3].sum().asscalar() for b in range(2)] for a in range(2)]
    np.testing.assert_allclose(K.grad.asnumpy(), expected, rtol=1e-5)
    assert X.grad.shape == (5, 4)


@pytest.mark.parametrize("args, in_shape, out_shape", [
    ((3,), (4, 3, 6, 6), (4, 3, 6, 6)),
    ((6, True, 2), (4, 3, 6, 6), (4, 6, 3, 3)),
])
def test_residual_shapes_and_parameters(args, in_shape, out_shape):
    blk = d2l.Residual(*args)
    blk.initialize()
    assert blk(nd.random.uniform(shape=in_shape)).shape == out_shape
    convs = 3 if len(args) > 1 else 2
    assert len(blk.collect_params().keys()) == 2 * convs + 2 * 4  # 2 batch norms of 4 each


def test_residual_adds_the_shortcut_before_the_last_relu():
    blk = d2l.Residual(2)
    blk.initialize(init.Zero())  # the convolutions give zeros, so Y = beta = 0
    X = nd.array([[[[1.0, -2.0]], [[-3.0, 4.0]]]])
    np.testing.assert_array_equal(blk(X).asnumpy(), nd.relu(X).asnumpy())


def _toy_data(num, seed):
    rng = np.random.RandomState(seed)
    y = rng.randint(0, 2, size=num).astype(np.int32)
    X = rng.normal(scale=0.3, size=(num, 1, 4, 4)).astype(np.float32)
    X[y == 1, :, :2, :] += 1.0  # class 1 is bright at the top
    return gluon.data.DataLoader(gluon.data.ArrayDataset(nd.array(X), nd.array(y, dtype="int32")),
                                 batch_size=16, shuffle=False)


def test_train_ch5_trains_on_the_given_context_and_prints_the_books_lines(capsys):
    mx.random.seed(0)
    net = gluon.nn.Sequential()
    net.add(gluon.nn.Conv2D(4, kernel_size=3, activation="relu"), gluon.nn.Dense(2))
    net.initialize(init=init.Xavier(), ctx=mx.cpu())
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.5})
    history = d2l.train_ch5(net, _toy_data(64, 0), _toy_data(32, 1), 16, trainer, mx.cpu(), 3)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "training on cpu(0)"
    assert all(re.fullmatch(r"epoch \d, loss \d+\.\d{4}, train acc [01]\.\d{3}, "
                            r"test acc [01]\.\d{3}, time \d+\.\d sec", line) for line in out[1:])
    assert [h["epoch"] for h in history] == [1, 2, 3]
    assert history[-1]["loss"] < history[0]["loss"]
    assert history[-1]["test_acc"] > 0.9
