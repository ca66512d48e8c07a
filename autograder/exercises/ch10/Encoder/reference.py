"""Reference `Encoder`: the book's block from Gluon layers (the public module's BookEncoder)
and its named variants."""

import functools

from autograder.exercises.ch10._seq2seq import record, tokens
from d2l.selfcheck.ch10.Encoder import public as ex


def inputs(rng, args, batch=3, steps=4):
    vocab, _, hiddens, layers = args[:4]
    X = tokens(rng, vocab, batch, steps)
    h0 = (rng.normal(size=(layers, batch, hiddens)) * 0.5).astype("float32")
    return [X, [h0]], {"X": X, "h0": h0}


def variants(*args):
    return {key: functools.partial(ex.BookEncoder, *args, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, ex.CONFIGS, ex.BookEncoder, inputs, variants)
