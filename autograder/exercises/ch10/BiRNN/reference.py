"""Reference `BiRNN`: the book's block from Gluon layers, and its named variants."""

import functools

from mxnet import nd
from mxnet.gluon import nn, rnn

from autograder.exercises.ch10._sentiment import record
from d2l.selfcheck.ch10.BiRNN import public as ex


class BiRNN(nn.Block):
    """The book's bidirectional LSTM classifier (§10.7); ``variant``: a named mistake."""

    def __init__(self, vocab, embed_size, num_hiddens, num_layers, variant=None, **kwargs):
        super().__init__(**kwargs)
        self.variant = variant
        self.embedding = nn.Embedding(len(vocab), embed_size)
        self.encoder = rnn.LSTM(num_hiddens, num_layers=num_layers,
                                bidirectional=True, input_size=embed_size)
        self.decoder = nn.Dense(2)

    def forward(self, inputs):
        embeddings = self.embedding(inputs.T)
        outputs = self.encoder(embeddings)
        if self.variant == "swapped":
            encoding = nd.concat(outputs[-1], outputs[0])
        else:
            encoding = nd.concat(outputs[0], outputs[-1])
        return self.decoder(encoding)


def variants(*args):
    return {key: functools.partial(BiRNN, *args, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, BiRNN, ex.CONFIGS, ex.real_args, variants)
