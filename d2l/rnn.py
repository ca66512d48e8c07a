"""Helpers of chapter 6, 循环神经网络 (recurrent networks): the book's ``d2lzh`` names.

``data_iter_random``, ``data_iter_consecutive``, ``to_onehot``, ``grad_clipping`` and
``predict_rnn`` are also exercises of the chapter-6 assignment; the grader does not accept
answers that call these copies.
"""
import math
import random
import zipfile

from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss
from mxnet.gluon import nn

from .data import download
from .regression import sgd
from .train import Timer

__all__ = ["RNNModel", "data_iter_consecutive", "data_iter_random", "grad_clipping",
           "load_data_jay_lyrics", "load_data_time_machine", "predict_rnn",
           "predict_rnn_gluon", "to_onehot", "train_and_predict_rnn",
           "train_and_predict_rnn_gluon"]


def _char_corpus(text, num_chars=10000):
    """The book's character corpus: line breaks become spaces, the first ``num_chars`` kept.

    The book builds its vocabulary with ``list(set(chars))``, whose order changes with
    ``PYTHONHASHSEED`` from one Python process to the next; here it is sorted, so indices are
    the same in every run (and in the grader).
    """
    chars = text.replace("\n", " ").replace("\r", " ")[:num_chars]
    idx_to_char = sorted(set(chars))
    char_to_idx = {char: i for i, char in enumerate(idx_to_char)}
    corpus_indices = [char_to_idx[char] for char in chars]
    return corpus_indices, char_to_idx, idx_to_char, len(idx_to_char)


def load_data_jay_lyrics(cache_dir=None):
    """Return ``(corpus_indices, char_to_idx, idx_to_char, vocab_size)`` of the Jay Chou
    lyrics: the first 10,000 characters, line breaks as spaces (a vocabulary of 1,027).

    ``idx_to_char`` is sorted (the book's order depends on ``PYTHONHASHSEED``). The file comes
    from ``download`` (SHA-1 checked). From §6.3 语言模型数据集（周杰伦专辑歌词）.
    """
    with zipfile.ZipFile(download("jaychou_lyrics.txt.zip", cache_dir)) as archive, \
            archive.open("jaychou_lyrics.txt") as f:
        text = f.read().decode("utf-8")
    return _char_corpus(text)


def load_data_time_machine(cache_dir=None):
    """Return ``(corpus_indices, char_to_idx, idx_to_char, vocab_size)`` of H. G. Wells'
    *The Time Machine*: the first 10,000 characters, lower-cased, line breaks as spaces (a
    vocabulary of 43).

    ``idx_to_char`` is sorted (the book's order depends on ``PYTHONHASHSEED``). The file comes
    from ``download`` (SHA-1 checked). From d2lzh (the English edition's corpus for §6.3).
    """
    text = download("timemachine.txt", cache_dir).read_text(encoding="utf-8")
    return _char_corpus(text.lower())


def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    """Yield ``(X, Y)`` minibatches of random, non-overlapping subsequences.

    The examples are the ``(len(corpus_indices) - 1) // num_steps`` subsequences of length
    ``num_steps`` starting at multiples of ``num_steps``; each pass shuffles them and yields
    ``num_examples // batch_size`` batches of shape ``(batch_size, num_steps)``. ``Y`` is
    ``X`` shifted one character ahead. From §6.3 语言模型数据集（周杰伦专辑歌词）.
    """
    num_examples = (len(corpus_indices) - 1) // num_steps  # -1: Y runs one step further
    epoch_size = num_examples // batch_size
    example_indices = list(range(num_examples))
    random.shuffle(example_indices)

    def _data(pos):
        return corpus_indices[pos: pos + num_steps]

    for i in range(epoch_size):
        batch_indices = example_indices[i * batch_size: (i + 1) * batch_size]
        X = [_data(j * num_steps) for j in batch_indices]
        Y = [_data(j * num_steps + 1) for j in batch_indices]
        yield nd.array(X, ctx), nd.array(Y, ctx)


def data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx=None):
    """Yield ``(X, Y)`` minibatches whose rows continue from one batch to the next.

    The corpus is cut into ``batch_size`` rows of ``len // batch_size`` characters; batch
    ``i`` holds columns ``i * num_steps`` to ``(i + 1) * num_steps`` of every row, and ``Y``
    is ``X`` shifted one character ahead. From §6.3 语言模型数据集（周杰伦专辑歌词）.
    """
    corpus_indices = nd.array(corpus_indices, ctx=ctx)
    batch_len = len(corpus_indices) // batch_size
    indices = corpus_indices[0: batch_size * batch_len].reshape((batch_size, batch_len))
    epoch_size = (batch_len - 1) // num_steps
    for i in range(epoch_size):
        i = i * num_steps
        X = indices[:, i: i + num_steps]
        Y = indices[:, i + 1: i + num_steps + 1]
        yield X, Y


def to_onehot(X, size):
    """Turn a ``(batch_size, num_steps)`` array of indices into a list of ``num_steps``
    one-hot arrays of shape ``(batch_size, size)``, one per time step.

    From §6.4 循环神经网络的从零开始实现.
    """
    return [nd.one_hot(x, size) for x in X.T]


def predict_rnn(prefix, num_chars, rnn, params, init_rnn_state, num_hiddens, vocab_size,
                ctx, idx_to_char, char_to_idx):
    """Feed ``prefix`` through the model, then append ``num_chars`` characters chosen
    greedily (the most likely next character each time); return the whole string.

    ``rnn(inputs, state, params)`` is a model as in §6.4 (``rnn``, ``gru`` or ``lstm``) and
    ``init_rnn_state(batch_size, num_hiddens, ctx)`` makes its initial state.
    From §6.4 循环神经网络的从零开始实现.
    """
    state = init_rnn_state(1, num_hiddens, ctx)
    output = [char_to_idx[prefix[0]]]
    for t in range(num_chars + len(prefix) - 1):
        X = to_onehot(nd.array([output[-1]], ctx=ctx), vocab_size)
        (Y, state) = rnn(X, state, params)
        if t < len(prefix) - 1:
            output.append(char_to_idx[prefix[t + 1]])
        else:
            output.append(int(Y[0].argmax(axis=1).asscalar()))
    return "".join([idx_to_char[i] for i in output])


def grad_clipping(params, theta, ctx):
    """Rescale the gradients of ``params`` in place so that their global L2 norm (over all
    parameters together) is at most ``theta``. From §6.4 循环神经网络的从零开始实现.
    """
    norm = nd.array([0], ctx)
    for param in params:
        norm += (param.grad ** 2).sum()
    norm = norm.sqrt().asscalar()
    if norm > theta:
        for param in params:
            param.grad[:] *= theta / norm


def train_and_predict_rnn(rnn, get_params, init_rnn_state, num_hiddens, vocab_size, ctx,
                          corpus_indices, idx_to_char, char_to_idx, is_random_iter, num_epochs,
                          num_steps, lr, clipping_theta, batch_size, pred_period, pred_len,
                          prefixes):
    """Train a from-scratch model with SGD and gradient clipping, printing the perplexity
    and a greedy continuation of each prefix every ``pred_period`` epochs.

    The loss is the mean cross-entropy over a minibatch, so SGD takes ``batch_size=1``.
    With consecutive sampling the state is carried across minibatches and detached from
    the previous one's graph (the book writes ``s.detach()`` for each ``s`` and drops the
    result, which detaches nothing). Returns the printed perplexities.
    From §6.4 循环神经网络的从零开始实现.
    """
    data_iter_fn = data_iter_random if is_random_iter else data_iter_consecutive
    params = get_params()
    loss = gloss.SoftmaxCrossEntropyLoss()
    history = []
    for epoch in range(num_epochs):
        if not is_random_iter:  # consecutive sampling: one state for the whole epoch
            state = init_rnn_state(batch_size, num_hiddens, ctx)
        l_sum, n, timer = 0.0, 0, Timer()
        for X, Y in data_iter_fn(corpus_indices, batch_size, num_steps, ctx):
            if is_random_iter:  # random sampling: a fresh state for every minibatch
                state = init_rnn_state(batch_size, num_hiddens, ctx)
            else:
                state = tuple(s.detach() for s in state)
            with autograd.record():
                inputs = to_onehot(X, vocab_size)
                (outputs, state) = rnn(inputs, state, params)
                outputs = nd.concat(*outputs, dim=0)
                y = Y.T.reshape((-1,))  # row t * batch_size + b is step t of sequence b
                batch_loss = loss(outputs, y).mean()
            batch_loss.backward()
            grad_clipping(params, clipping_theta, ctx)
            sgd(params, lr, 1)  # the loss is a mean already
            l_sum += batch_loss.asscalar() * y.size
            n += y.size
        if (epoch + 1) % pred_period == 0:
            history.append(math.exp(l_sum / n))
            print(f"epoch {epoch + 1}, perplexity {history[-1]:f}, time {timer.stop():.2f} sec",
                  flush=True)
            for prefix in prefixes:
                print(" -", predict_rnn(prefix, pred_len, rnn, params, init_rnn_state,
                                        num_hiddens, vocab_size, ctx, idx_to_char,
                                        char_to_idx), flush=True)
    return history


class RNNModel(nn.Block):
    """A Gluon recurrent layer (``rnn.RNN``, ``rnn.GRU``, ``rnn.LSTM``) and a dense output
    layer over the vocabulary; inputs are ``(batch_size, num_steps)`` character indices.

    From §6.5 循环神经网络的简洁实现.
    """

    def __init__(self, rnn_layer, vocab_size, **kwargs):
        super().__init__(**kwargs)
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.dense = nn.Dense(vocab_size)

    def forward(self, inputs, state):
        # Time-major one-hot input (num_steps, batch_size, vocab_size), the layers' TNC.
        X = nd.one_hot(inputs.T, self.vocab_size)
        Y, state = self.rnn(X, state)
        # (num_steps * batch_size, num_hiddens) -> (num_steps * batch_size, vocab_size)
        output = self.dense(Y.reshape((-1, Y.shape[-1])))
        return output, state

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)


def predict_rnn_gluon(prefix, num_chars, model, vocab_size, ctx, idx_to_char, char_to_idx):
    """``predict_rnn`` for an ``RNNModel``. From §6.5 循环神经网络的简洁实现."""
    state = model.begin_state(batch_size=1, ctx=ctx)
    output = [char_to_idx[prefix[0]]]
    for t in range(num_chars + len(prefix) - 1):
        X = nd.array([output[-1]], ctx=ctx).reshape((1, 1))
        (Y, state) = model(X, state)
        if t < len(prefix) - 1:
            output.append(char_to_idx[prefix[t + 1]])
        else:
            output.append(int(Y.argmax(axis=1).asscalar()))
    return "".join([idx_to_char[i] for i in output])


def train_and_predict_rnn_gluon(model, num_hiddens, vocab_size, ctx, corpus_indices,
                                idx_to_char, char_to_idx, num_epochs, num_steps, lr,
                                clipping_theta, batch_size, pred_period, pred_len, prefixes):
    """Train an ``RNNModel`` with consecutive sampling, SGD and global-norm clipping,
    printing as ``train_and_predict_rnn`` does.

    The model is (re)initialized with ``init.Normal(0.01)``. Returns the printed
    perplexities. From §6.5 循环神经网络的简洁实现.
    """
    loss = gloss.SoftmaxCrossEntropyLoss()
    model.initialize(ctx=ctx, force_reinit=True, init=init.Normal(0.01))
    trainer = gluon.Trainer(model.collect_params(), "sgd",
                            {"learning_rate": lr, "momentum": 0, "wd": 0})
    history = []
    for epoch in range(num_epochs):
        l_sum, n, timer = 0.0, 0, Timer()
        state = model.begin_state(batch_size=batch_size, ctx=ctx)
        for X, Y in data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx):
            state = [s.detach() for s in state]
            with autograd.record():
                (output, state) = model(X, state)
                y = Y.T.reshape((-1,))
                batch_loss = loss(output, y).mean()
            batch_loss.backward()
            params = [p.data() for p in model.collect_params().values()]
            grad_clipping(params, clipping_theta, ctx)
            trainer.step(1)  # the loss is a mean already
            l_sum += batch_loss.asscalar() * y.size
            n += y.size
        if (epoch + 1) % pred_period == 0:
            history.append(math.exp(l_sum / n))
            print(f"epoch {epoch + 1}, perplexity {history[-1]:f}, time {timer.stop():.2f} sec",
                  flush=True)
            for prefix in prefixes:
                print(" -", predict_rnn_gluon(prefix, pred_len, model, vocab_size, ctx,
                                              idx_to_char, char_to_idx), flush=True)
    return history
