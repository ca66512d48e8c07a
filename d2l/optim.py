"""Helpers of chapter 7, 优化算法 (optimization algorithms): the airfoil data, the 2-D traces
and the two training loops that compare an optimizer written from scratch with Gluon's.

The optimizers themselves (``sgd_momentum``, ``adagrad``, ``adam``, ...) are the chapter's
exercises and are not in this library.
"""
import time

import numpy as np
from mxnet import autograd, gluon, init, nd

from .data import download
from .plot import set_figsize
from .regression import linreg, squared_loss

__all__ = ["get_data_ch7", "show_trace_2d", "train_2d", "train_ch7", "train_gluon_ch7"]


def get_data_ch7(num_examples=1500, cache_dir=None):
    """Return the airfoil self-noise data ``(features, labels)`` as float32 NDArrays.

    Every column is standardised with the mean and standard deviation of all 1,503 rows,
    then the first ``num_examples`` rows are kept: features are the 5 input columns, shape
    ``(num_examples, 5)``, labels the sound level, shape ``(num_examples,)``. The default
    1,500 is the book's (§7.3 uses "the first 1,500 examples", so that a batch of 1,500 is
    one full-batch gradient step per epoch); d2lzh's copy of this function returns all
    1,503 rows, which ``num_examples=None`` gives. The file comes through the verified cache
    (``d2l.download``). From §7.3 小批量随机梯度下降.
    """
    data = np.genfromtxt(download("airfoil_self_noise.dat", cache_dir), delimiter="\t")
    data = (data - data.mean(axis=0)) / data.std(axis=0)
    data = data[:num_examples]
    return nd.array(data[:, :-1]), nd.array(data[:, -1])


def train_2d(trainer, steps=20, start=(-5, -2)):
    """Run ``trainer(x1, x2, s1, s2) -> (x1, x2, s1, s2)`` for ``steps`` steps from ``start``
    with zero states; print the last point and return the trace ``[(x1, x2), ...]``.

    From §7.2 梯度下降和随机梯度下降 (the book always takes 20 steps from (-5, -2)).
    """
    x1, x2 = start
    s1, s2 = 0, 0
    results = [(x1, x2)]
    for _ in range(steps):
        x1, x2, s1, s2 = trainer(x1, x2, s1, s2)
        results.append((x1, x2))
    print(f"epoch {steps}, x1 {float(x1):f}, x2 {float(x2):f}")
    return results


def show_trace_2d(f, results):
    """Plot the trace of ``(x1, x2)`` over the contour lines of ``f(x1, x2)``.

    From §7.2 梯度下降和随机梯度下降.
    """
    import matplotlib.pyplot as plt

    x1, x2 = zip(*results)
    set_figsize()
    plt.plot(x1, x2, "-o", color="#ff7f0e")
    grid1 = np.arange(-5.5, 1.0, 0.1)
    grid2 = np.arange(min(-3.0, min(x2) - 1), max(1.0, max(x2) + 1), 0.1)
    grid1, grid2 = np.meshgrid(grid1, grid2)
    plt.contour(grid1, grid2, f(grid1, grid2), colors="#1f77b4")
    plt.xlabel("x1")
    plt.ylabel("x2")


def _plot_losses(losses, num_epochs, label):
    import matplotlib.pyplot as plt

    set_figsize()
    plt.plot(np.linspace(0, num_epochs, len(losses)), losses, label=label)
    plt.xlabel("epoch")
    plt.ylabel("loss")
    if label is not None:
        plt.legend()


def _batches(features, labels, batch_size):
    dataset = gluon.data.ArrayDataset(features, labels)
    return gluon.data.DataLoader(dataset, batch_size, shuffle=True)


def train_ch7(trainer_fn, states, hyperparams, features, labels, batch_size=10, num_epochs=2,
              label=None):
    """Train linear regression on ``(features, labels)`` with an optimizer written from
    scratch, plot the loss curve and return the losses.

    ``trainer_fn(params, states, hyperparams)`` updates ``params = [w, b]`` in place after
    each minibatch; the loss is averaged over the minibatch (so the optimizer does not divide
    by the batch size). The loss on the whole data set is recorded at the start and after
    every 100 examples. ``label`` names the curve in a legend (a course addition, to draw
    several curves in one figure). From §7.3 小批量随机梯度下降.
    """
    w = nd.random.normal(scale=0.01, shape=(features.shape[1], 1))
    b = nd.zeros(1)
    w.attach_grad()
    b.attach_grad()

    def eval_loss():
        return squared_loss(linreg(features, w, b), labels).mean().asscalar()

    losses, started = [eval_loss()], time.perf_counter()
    for _ in range(num_epochs):
        for batch_i, (X, y) in enumerate(_batches(features, labels, batch_size)):
            with autograd.record():
                loss = squared_loss(linreg(X, w, b), y).mean()
            loss.backward()
            trainer_fn([w, b], states, hyperparams)
            if (batch_i + 1) * batch_size % 100 == 0:
                losses.append(eval_loss())
    print(f"loss: {losses[-1]:f}, {(time.perf_counter() - started) / num_epochs:f} sec per epoch")
    _plot_losses(losses, num_epochs, label)
    return losses


def train_gluon_ch7(trainer_name, trainer_hyperparams, features, labels, batch_size=10,
                    num_epochs=2, label=None):
    """Train linear regression as ``train_ch7`` does, with a Gluon ``nn.Dense(1)`` and
    ``gluon.Trainer(..., trainer_name, trainer_hyperparams)``; plot and return the losses.

    ``L2Loss`` per example and ``trainer.step(batch_size)`` give the same averaged gradient
    as ``train_ch7``. MXNet's hyperparameter names differ from the book's in places
    (RMSProp's ``gamma1`` for the book's ``gamma``). From §7.3 小批量随机梯度下降.
    """
    net = gluon.nn.Sequential()
    net.add(gluon.nn.Dense(1))
    net.initialize(init.Normal(sigma=0.01))
    loss = gluon.loss.L2Loss()

    def eval_loss():
        return loss(net(features), labels).mean().asscalar()

    losses, started = [eval_loss()], time.perf_counter()
    trainer = gluon.Trainer(net.collect_params(), trainer_name, trainer_hyperparams)
    for _ in range(num_epochs):
        for batch_i, (X, y) in enumerate(_batches(features, labels, batch_size)):
            with autograd.record():
                batch_loss = loss(net(X), y)
            batch_loss.backward()
            trainer.step(batch_size)
            if (batch_i + 1) * batch_size % 100 == 0:
                losses.append(eval_loss())
    print(f"loss: {losses[-1]:f}, {(time.perf_counter() - started) / num_epochs:f} sec per epoch")
    _plot_losses(losses, num_epochs, label)
    return losses
