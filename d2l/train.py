"""Training loops, accuracy and timing (§3.1, §3.6)."""
import time

from mxnet import autograd

from .regression import sgd


class Accumulator:
    """Running sums of ``n`` quantities, e.g. summed loss, correct predictions, examples.

    A course helper for the training loops of §3.6 onwards (the book keeps loose variables).
    """

    def __init__(self, n):
        self.data = [0.0] * n

    def add(self, *args):
        """Add one value to each running sum."""
        self.data = [a + float(b) for a, b in zip(self.data, args)]

    def reset(self):
        """Set every sum back to zero."""
        self.data = [0.0] * len(self.data)

    def __getitem__(self, idx):
        return self.data[idx]


class Timer:
    """Wall-clock timer that records the length of every start-stop interval.

    It starts on creation. A course helper for the timings of §3.1 线性回归 onwards (the book
    calls ``time.time()`` directly).
    """

    def __init__(self):
        self.times = []
        self.start()

    def start(self):
        """Start (or restart) the current interval."""
        self.tik = time.perf_counter()

    def stop(self):
        """End the current interval, record it and return its length in seconds."""
        self.times.append(time.perf_counter() - self.tik)
        return self.times[-1]

    def sum(self):
        """Total of the recorded intervals."""
        return sum(self.times)

    def avg(self):
        """Mean of the recorded intervals."""
        return self.sum() / len(self.times)

    def cumsum(self):
        """Running totals of the recorded intervals."""
        totals, total = [], 0.0
        for t in self.times:
            total += t
            totals.append(total)
        return totals


def _num_correct(y_hat, y):
    return (y_hat.argmax(axis=1) == y.astype("float32")).sum().asscalar()


def evaluate_accuracy(data_iter, net, ctx=None):
    """Fraction of examples in ``data_iter`` that ``net`` classifies correctly.

    With ``ctx``, each batch is first copied there (the model's parameters must live there).
    From §3.6 softmax回归的从零开始实现 (``ctx`` from §5.5).
    """
    metric = Accumulator(2)  # correct predictions, examples
    for X, y in data_iter:
        if ctx is not None:
            X, y = X.as_in_context(ctx), y.as_in_context(ctx)
        metric.add(_num_correct(net(X), y), y.size)
    return metric[0] / metric[1]


def train_ch3(net, train_iter, test_iter, loss, num_epochs, batch_size, params=None, lr=None,
              trainer=None):
    """Train a classifier on the CPU, printing one line per epoch; return the history.

    As in the book: the loss is summed over each minibatch before ``backward()``, then either
    ``sgd(params, lr, batch_size)`` or, when a Gluon ``trainer`` is given,
    ``trainer.step(batch_size)``. The history is a list with one dict per epoch, with keys
    ``epoch``, ``loss`` (mean per example), ``train_acc``, ``test_acc`` and ``time`` (seconds).
    From §3.6 softmax回归的从零开始实现.
    """
    history, timer = [], Timer()
    for epoch in range(1, num_epochs + 1):
        timer.start()
        metric = Accumulator(3)  # summed loss, correct predictions, examples
        for X, y in train_iter:
            with autograd.record():
                y_hat = net(X)
                batch_loss = loss(y_hat, y).sum()
            batch_loss.backward()
            if trainer is None:
                sgd(params, lr, batch_size)
            else:
                trainer.step(batch_size)
            metric.add(batch_loss.asscalar(), _num_correct(y_hat, y), y.size)
        record = {"epoch": epoch, "loss": metric[0] / metric[2],
                  "train_acc": metric[1] / metric[2],
                  "test_acc": evaluate_accuracy(test_iter, net), "time": timer.stop()}
        history.append(record)
        print("epoch {epoch}, loss {loss:.4f}, train acc {train_acc:.3f}, "
              "test acc {test_acc:.3f} ({time:.1f} s)".format(**record), flush=True)
    return history
