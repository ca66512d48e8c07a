"""Reference `TextCNN`: the book's block from Gluon layers, and its named variants."""

import functools

from mxnet import nd
from mxnet.gluon import nn

from autograder.exercises.ch10._sentiment import record
from d2l.selfcheck.ch10.TextCNN import public as ex

#: The book's two embeddings (creation positions 0 and 1) may be paired either way.
SWAPS = ((0, 1),)


class TextCNN(nn.Block):
    """The book's text CNN (§10.8); ``variant`` builds a named mistake."""

    def __init__(self, vocab, embed_size, kernel_sizes, num_channels, variant=None,
                 **kwargs):
        super().__init__(**kwargs)
        self.variant = variant
        self.embedding = nn.Embedding(len(vocab), embed_size)
        self.constant_embedding = nn.Embedding(len(vocab), embed_size)
        self.dropout = nn.Dropout(0.5)
        self.decoder = nn.Dense(2)
        self.pool = nn.GlobalAvgPool1D() if variant == "avg_pool" else nn.GlobalMaxPool1D()
        self.convs = nn.Sequential()
        for c, k in zip(num_channels, kernel_sizes):
            self.convs.add(nn.Conv1D(c, k, activation=None if variant == "no_relu"
                                     else 'relu'))

    def forward(self, inputs):
        embeddings = nd.concat(
            self.embedding(inputs), self.constant_embedding(inputs), dim=2)
        embeddings = embeddings.transpose((0, 2, 1))
        encoding = nd.concat(*[nd.flatten(
            self.pool(conv(embeddings))) for conv in self.convs], dim=1)
        return self.decoder(self.dropout(encoding))


def variants(*args):
    return {key: functools.partial(TextCNN, *args, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, TextCNN, ex.CONFIGS, ex.real_args, variants, SWAPS)
