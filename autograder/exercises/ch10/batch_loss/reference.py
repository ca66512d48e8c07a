"""Reference `batch_loss`: the book's function (with the named variants), on the grader's
fixed models; minibatches in the format of d2l.read_data (tokens, EOS, PADs)."""

import numpy as np
from mxnet import autograd, nd

from d2l.selfcheck.ch10.batch_loss import public as ex
from d2l.selfcheck.ch10.Encoder import public as models


def book_batch_loss(encoder, decoder, X, Y, loss, out_vocab, variant=None):
    bos, eos = out_vocab.token_to_idx["<bos>"], out_vocab.token_to_idx["<eos>"]
    batch_size = X.shape[0]
    enc_state = encoder.begin_state(batch_size=batch_size)
    enc_outputs, enc_state = encoder(X, enc_state)
    dec_state = decoder.begin_state(enc_state)
    dec_input = nd.array([bos] * batch_size)
    mask, num_not_pad_tokens = nd.ones(shape=(batch_size,)), 0
    total = nd.array([0])
    for y in Y.T:
        dec_output, dec_state = decoder(dec_input, dec_state, enc_outputs)
        if variant == "mask_before":
            mask = mask * (y != eos)
        if variant == "no_mask":
            total = total + loss(dec_output, y).sum()
            num_not_pad_tokens += batch_size
        else:
            total = total + (mask * loss(dec_output, y)).sum()
            num_not_pad_tokens += mask.sum().asscalar()
        dec_input = dec_output.argmax(axis=1) if variant == "no_teacher" else y
        if variant != "mask_before":
            mask = mask * (y != eos)
    if variant == "per_batch":
        return total / batch_size
    if variant == "per_token_all":
        return total / (batch_size * Y.shape[1])
    return total / num_not_pad_tokens


def value(X, Y, variant=None):
    """The loss (of the named ``variant``) on the fixed models, as a float."""
    with autograd.pause():
        out = book_batch_loss(models.encoder_a, models.decoder_a, nd.array(X), nd.array(Y),
                              models.loss, models.out_vocab, variant)
    return float(out.asscalar())


def values(X, Y):
    """The right loss and the named variants', as floats."""
    return value(X, Y), {key: value(X, Y, key) for key in ex.MISTAKES}


def sequences(rng, vocab_size, lengths, steps):
    """Rows of ``lengths`` word indices (>= 4), then EOS (3), then PAD (1)."""
    rows = []
    for n in lengths:
        row = list(rng.integers(4, vocab_size, size=n)) + [3] + [1] * (steps - n - 1)
        rows.append(row)
    return np.array(rows, dtype="float32")


def minibatch(rng, batch=3, steps=5):
    """A minibatch with one full-length row (no PAD) and shorter ones."""
    in_size, out_size = len(models.in_vocab), len(models.out_vocab)
    lengths_x = [steps - 1] + list(rng.integers(1, steps - 1, size=batch - 1))
    lengths_y = list(rng.integers(1, steps - 1, size=batch - 1)) + [steps - 1]
    return sequences(rng, in_size, lengths_x, steps), sequences(rng, out_size, lengths_y, steps)


def public_cases(rng):
    cases = {"n": np.array(2)}
    for i in range(2):
        X, Y = minibatch(rng)
        want, variants = values(X, Y)
        cases[f"X{i}"], cases[f"Y{i}"], cases[f"want{i}"] = X, Y, np.array(want)
        for k, v in variants.items():
            cases[f"{k}{i}"] = np.array(v)
    return cases
