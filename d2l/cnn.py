"""Helpers of chapter 5, 卷积神经网络 (convolutional networks): the book's ``d2lzh`` names.

``corr2d`` and ``Residual`` are also exercises of the chapter-5 assignment; the grader does
not accept answers that call these copies.
"""
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn

from .train import Accumulator, Timer, evaluate_accuracy

__all__ = ["Residual", "corr2d", "train_ch5"]


def corr2d(X, K):
    """Two-dimensional cross-correlation of a 2-D array ``X`` with a 2-D kernel ``K``.

    The output has shape ``(h - kh + 1, w - kw + 1)``. Unlike the book's loop, which writes
    ``Y[i, j]`` item by item, this version is one sum over the kernel's offsets, so autograd
    can differentiate it. From §5.1 二维卷积层.
    """
    h, w = K.shape
    out_h, out_w = X.shape[0] - h + 1, X.shape[1] - w + 1
    return nd.add_n(*[K[a, b] * X[a:a + out_h, b:b + out_w]
                      for a in range(h) for b in range(w)])


class Residual(nn.Block):
    """The residual block of ResNet: two 3x3 convolutions with batch normalization, added to
    the input (through a 1x1 convolution when ``use_1x1conv``), then ReLU.

    ``strides`` applies to the first 3x3 convolution and to the 1x1 one.
    From §5.11 残差网络（ResNet）.
    """

    def __init__(self, num_channels, use_1x1conv=False, strides=1, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides)
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def forward(self, X):
        Y = nd.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return nd.relu(Y + X)


def train_ch5(net, train_iter, test_iter, batch_size, trainer, ctx, num_epochs):
    """Train a classifier on ``ctx`` (a GPU or the CPU), printing one line per epoch.

    As in the book: softmax cross-entropy summed over each minibatch, then
    ``trainer.step(batch_size)``; each batch is copied to ``ctx`` first (the model's
    parameters must live there). Returns the history, one dict per epoch with keys ``epoch``,
    ``loss`` (mean per example), ``train_acc``, ``test_acc`` and ``time`` (seconds).
    From §5.5 卷积神经网络（LeNet）.
    """
    print("training on", ctx, flush=True)
    loss = gluon.loss.SoftmaxCrossEntropyLoss()
    history, timer = [], Timer()
    for epoch in range(1, num_epochs + 1):
        timer.start()
        metric = Accumulator(3)  # summed loss, correct predictions, examples
        for X, y in train_iter:
            X, y = X.as_in_context(ctx), y.as_in_context(ctx)
            with autograd.record():
                y_hat = net(X)
                batch_loss = loss(y_hat, y).sum()
            batch_loss.backward()
            trainer.step(batch_size)
            correct = (y_hat.argmax(axis=1) == y.astype("float32")).sum().asscalar()
            metric.add(batch_loss.asscalar(), correct, y.size)
        record = {"epoch": epoch, "loss": metric[0] / metric[2],
                  "train_acc": metric[1] / metric[2],
                  "test_acc": evaluate_accuracy(test_iter, net, ctx), "time": timer.stop()}
        history.append(record)
        print("epoch {epoch}, loss {loss:.4f}, train acc {train_acc:.3f}, "
              "test acc {test_acc:.3f}, time {time:.1f} sec".format(**record), flush=True)
    return history
