"""Reference `predict_rnn`: the book's greedy generation with Gluon's layers
(``gluon.rnn.RNN`` with tanh, ``gluon.rnn.LSTM``) and a Dense output layer holding fixed
parameters; and the texts the usual mistakes give (NumPy models).

The parameters are redrawn until the greedy text is clear-cut (no near ties that rounding
could flip), differs from what the usual mistakes give, and is unlikely to come out of
sampling.
"""

import numpy as np
from mxnet import nd

from autograder.exercises.ch06 import _models

MISTAKES = ("state_reset", "prefix_not_fed")


def predict(kind, prefix_indices, num_chars, params):
    """The book's greedy generation with Gluon's layers: feed the prefix, then append the
    arg-max of each step's output. Returns ``(indices, margin, chance)``: the margin is the
    smallest gap between the best and the second-best score over the generated steps (a
    small one means that rounding could change the text), the chance is the probability
    that sampling from the softmax instead of taking the arg-max gives the same text."""
    layer = _models.gluon_layer(kind, params)
    out_layer = _models.dense(params[-2], params[-1])
    vocab_size, num_hiddens = np.shape(params[-2])[1], np.shape(params[1])[0]
    state = [nd.zeros((1, 1, num_hiddens)) for _ in range(_models.STATE_SIZE[kind])]
    output, margin, chance = [prefix_indices[0]], np.inf, 1.0
    for t in range(num_chars + len(prefix_indices) - 1):
        X = nd.one_hot(nd.array([[output[-1]]]), vocab_size)  # (1 step, batch 1, vocab)
        hidden, state = layer(X, state)
        scores = out_layer(hidden)[0, 0].asnumpy()
        if t < len(prefix_indices) - 1:
            output.append(prefix_indices[t + 1])
        else:
            top = np.sort(scores)[-2:]
            margin = min(margin, float(top[1] - top[0]))
            chance *= float(1 / np.exp(scores.astype(np.float64) - top[1]).sum())
            output.append(int(scores.argmax()))
    return output, margin, chance


def predict_variant(kind, prefix_indices, num_chars, params, mistake=None):
    """The book's greedy generation in NumPy (``_models.variant``'s models), correct or with
    ``mistake``: "state_reset" (a fresh state at every step) or "prefix_not_fed" (the model's
    own predictions replace the prefix after its first character). Returns the indices."""
    num_hiddens, vocab_size = np.shape(params[1])[0], np.shape(params[-2])[1]
    init = tuple(np.zeros((1, num_hiddens)) for _ in range(_models.STATE_SIZE[kind]))
    state, output = init, [prefix_indices[0]]
    for t in range(num_chars + len(prefix_indices) - 1):
        if mistake == "state_reset":
            state = init
        outputs, state = _models.variant(kind, [np.eye(vocab_size)[[output[-1]]]], state,
                                         params)
        if t < len(prefix_indices) - 1 and mistake != "prefix_not_fed":
            output.append(prefix_indices[t + 1])
        else:
            output.append(int(outputs[0].argmax()))
    return output


def draw_model(rng, kind, vocab_size, num_hiddens, num_chars, prefix_len=3, max_chance=1e-4):
    """``(params, prefix, indices, wrong)``: parameters and a prefix whose greedy
    continuation is clear-cut, varied, told apart from the usual mistakes (``wrong``:
    ``{mistake: indices}``) and unlikely to come out of sampling (at most ``max_chance``:
    an answer that samples cannot pass a check by luck, whose fixed and random models it
    would both have to hit)."""
    # A smaller output layer for the RNN flattens its softmax (see `chance`).
    out_scale = {"rnn": 0.5, "lstm": 1.0}[kind]
    for _ in range(200):  # two or three draws are usually enough
        params = _models.make_params(rng, kind, vocab_size, num_hiddens, vocab_size,
                                     scale=1.0)
        params[-2:] = [p * np.float32(out_scale) for p in params[-2:]]
        prefix = [int(i) for i in rng.integers(0, vocab_size, size=prefix_len)]
        indices, margin, chance = predict(kind, prefix, num_chars, params)
        wrong = {m: predict_variant(kind, prefix, num_chars, params, m) for m in MISTAKES}
        if margin > 1e-2 and len(set(indices[prefix_len:])) >= 2 \
                and indices not in wrong.values() and chance < max_chance:
            return params, prefix, indices, wrong
    raise RuntimeError("no clear-cut model in 200 draws")


def public_cases(rng):
    c = {}
    for kind in ("rnn", "lstm"):
        params, prefix, indices, wrong = draw_model(rng, kind, 8, 6, 6, max_chance=1e-3)
        for k, p in enumerate(params):
            c[f"{kind}_param{k:02d}"] = p
        c[f"{kind}_prefix"], c[f"{kind}_out"] = np.array(prefix), np.array(indices)
        for mistake, w in wrong.items():
            c[f"{kind}_{mistake}"] = np.array(w)
    return c
