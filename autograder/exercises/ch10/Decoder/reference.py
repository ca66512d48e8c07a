"""Reference `Decoder`: the book's block from Gluon layers (the public module's BookDecoder,
on the grader's attention), and its named variants."""

import functools

from autograder.exercises.ch10._seq2seq import record, tokens
from d2l.selfcheck.ch10.Decoder import public as ex
from d2l.selfcheck.ch10.Encoder.public import BookDecoder


def inputs(rng, args, batch=3, steps=4):
    vocab, _, hiddens, layers = args[:4]
    x = tokens(rng, vocab, 1, batch)[0]
    h0 = (rng.normal(size=(layers, batch, hiddens)) * 0.8).astype("float32")
    enc = (rng.normal(size=(steps, batch, hiddens)) * 0.8).astype("float32")
    return [x, [h0], enc], {"x": x, "h0": h0, "enc": enc}


def book(*args, **kwargs):
    return BookDecoder(*args, attend=ex.probe_attention, **kwargs)


def variants(*args):
    return {key: functools.partial(book, *args, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, ex.CONFIGS, book, inputs, variants)
