"""Training helpers (§3.6): Accumulator, Timer, evaluate_accuracy, train_ch3."""
import re

import mxnet as mx
import numpy as np
import pytest
from mxnet import gluon, init, nd

import d2l
import d2l.train


def test_accumulator():
    metric = d2l.Accumulator(2)
    metric.add(1, 2)
    metric.add(nd.array([3]).asscalar(), np.float32(0.5))
    assert (metric[0], metric[1]) == (4.0, 2.5)
    metric.reset()
    assert metric.data == [0.0, 0.0]


def test_timer(monkeypatch):
    ticks = iter([10.0, 11.0, 20.0, 23.0])
    monkeypatch.setattr(d2l.train.time, "perf_counter", lambda: next(ticks))
    timer = d2l.Timer()  # starts at 10
    assert timer.stop() == 1.0
    timer.start()
    assert timer.stop() == 3.0
    assert timer.sum() == 4.0 and timer.avg() == 2.0 and timer.cumsum() == [1.0, 4.0]


def batches(X, y, batch_size):
    return gluon.data.DataLoader(gluon.data.ArrayDataset(X, y), batch_size)


def test_evaluate_accuracy_matches_a_hand_count():
    scores = nd.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.3, 0.7], [0.5, 0.6]])
    labels = nd.array([0, 1, 1, 1, 0], dtype="int32")  # right, right, wrong, right, wrong
    assert d2l.evaluate_accuracy(batches(scores, labels, 2), lambda X: X) == pytest.approx(0.6)
    assert d2l.evaluate_accuracy(batches(scores, labels, 2), lambda X: X,
                                 ctx=mx.cpu()) == pytest.approx(0.6)


def separable_data(n, seed):
    rng = np.random.RandomState(seed)
    y = rng.randint(0, 3, size=n).astype(np.int32)
    X = rng.normal(size=(n, 4)).astype(np.float32) + 3 * np.eye(4, dtype=np.float32)[y]
    return batches(nd.array(X), nd.array(y, dtype="int32"), 32)


def test_train_ch3_with_the_books_sgd_prints_one_line_per_epoch(capsys):
    mx.random.seed(0)
    W, b = nd.random.normal(scale=0.01, shape=(4, 3)), nd.zeros(3)
    W.attach_grad()
    b.attach_grad()

    def net(X):
        return nd.dot(X, W) + b

    loss = gluon.loss.SoftmaxCrossEntropyLoss()
    history = d2l.train_ch3(net, separable_data(200, 0), separable_data(100, 1), loss, 3, 32,
                            [W, b], 0.1)

    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    pattern = r"epoch (\d), loss \d\.\d{4}, train acc \d\.\d{3}, test acc \d\.\d{3} \(\d+\.\d s\)"
    assert [int(re.fullmatch(pattern, line).group(1)) for line in lines] == [1, 2, 3]
    assert [h["epoch"] for h in history] == [1, 2, 3]
    assert set(history[0]) == {"epoch", "loss", "train_acc", "test_acc", "time"}
    assert history[-1]["loss"] < history[0]["loss"]
    assert history[-1]["test_acc"] > 0.8


def test_train_ch3_with_a_gluon_trainer():
    mx.random.seed(0)
    net = gluon.nn.Dense(3)
    net.initialize(init.Normal(sigma=0.01))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
    history = d2l.train_ch3(net, separable_data(200, 0), separable_data(100, 1),
                            gluon.loss.SoftmaxCrossEntropyLoss(), 2, 32, trainer=trainer)
    assert len(history) == 2 and history[-1]["test_acc"] > 0.8


def test_devices():
    assert d2l.try_gpu() in (mx.cpu(), mx.gpu())
    devices = d2l.try_all_gpus()
    assert devices and (devices == [mx.cpu()] or all(d.device_type == "gpu" for d in devices))
