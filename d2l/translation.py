"""Helpers of chapter 10, §10.12 机器翻译: the fr-en loader and the training loop.

The book's ``process_one_seq``, ``build_data`` and ``read_data`` (reading
``fr-en-small.txt`` through the data hub instead of ``../data/``), and the book's ``train``
as ``train_translation``, which takes the notebook's ``batch_loss`` as an argument (the
book's uses the global; a ``d2l.train`` function would hide the ``d2l.train`` module).
"""

import collections

from mxnet import autograd, gluon, init, nd
from mxnet.contrib import text
from mxnet.gluon import data as gdata
from mxnet.gluon import loss as gloss

__all__ = ["PAD", "BOS", "EOS", "process_one_seq", "build_data", "read_data",
           "train_translation"]

PAD, BOS, EOS = '<pad>', '<bos>', '<eos>'


def process_one_seq(seq_tokens, all_tokens, all_seqs, max_seq_len):
    """Record the tokens in ``all_tokens``; append EOS and PADs up to ``max_seq_len`` and
    store the sequence in ``all_seqs`` (as the book)."""
    all_tokens.extend(seq_tokens)
    seq_tokens += [EOS] + [PAD] * (max_seq_len - len(seq_tokens) - 1)
    all_seqs.append(seq_tokens)


def build_data(all_tokens, all_seqs):
    """A vocabulary (PAD, BOS, EOS reserved) and the sequences as an NDArray of indices."""
    vocab = text.vocab.Vocabulary(collections.Counter(all_tokens),
                                  reserved_tokens=[PAD, BOS, EOS])
    indices = [vocab.to_indices(seq) for seq in all_seqs]
    return vocab, nd.array(indices)


def read_data(max_seq_len, path=None):
    """The book's ``read_data``: ``in_vocab, out_vocab, dataset`` from fr-en-small.txt
    (``path``, default: ``d2l.download('fr-en-small.txt')``); pairs longer than
    ``max_seq_len - 1`` tokens on either side are skipped."""
    if path is None:
        from .data import download
        path = download('fr-en-small.txt')
    in_tokens, out_tokens, in_seqs, out_seqs = [], [], [], []
    with open(path, encoding='utf-8') as f:
        lines = f.readlines()
    for line in lines:
        in_seq, out_seq = line.rstrip().split('\t')
        in_seq_tokens, out_seq_tokens = in_seq.split(' '), out_seq.split(' ')
        if max(len(in_seq_tokens), len(out_seq_tokens)) > max_seq_len - 1:
            continue
        process_one_seq(in_seq_tokens, in_tokens, in_seqs, max_seq_len)
        process_one_seq(out_seq_tokens, out_tokens, out_seqs, max_seq_len)
    in_vocab, in_data = build_data(in_tokens, in_seqs)
    out_vocab, out_data = build_data(out_tokens, out_seqs)
    return in_vocab, out_vocab, gdata.ArrayDataset(in_data, out_data)


def train_translation(encoder, decoder, dataset, lr, batch_size, num_epochs, batch_loss,
                      print_every=10):
    """The book's ``train``: Xavier init, one Adam trainer each, softmax cross-entropy;
    ``batch_loss(encoder, decoder, X, Y, loss)`` is the notebook's. Returns the mean loss
    of each epoch."""
    encoder.initialize(init.Xavier(), force_reinit=True)
    decoder.initialize(init.Xavier(), force_reinit=True)
    enc_trainer = gluon.Trainer(encoder.collect_params(), 'adam', {'learning_rate': lr})
    dec_trainer = gluon.Trainer(decoder.collect_params(), 'adam', {'learning_rate': lr})
    loss = gloss.SoftmaxCrossEntropyLoss()
    data_iter = gdata.DataLoader(dataset, batch_size, shuffle=True)
    history = []
    for epoch in range(num_epochs):
        l_sum = 0.0
        for X, Y in data_iter:
            with autograd.record():
                batch_l = batch_loss(encoder, decoder, X, Y, loss)
            batch_l.backward()
            enc_trainer.step(1)
            dec_trainer.step(1)
            l_sum += batch_l.asscalar()
        history.append(l_sum / len(data_iter))
        if print_every and (epoch + 1) % print_every == 0:
            print(f"epoch {epoch + 1}, loss {history[-1]:.3f}")
    return history
