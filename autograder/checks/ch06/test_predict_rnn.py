"""Hidden checks for `predict_rnn` (§6.4): greedy generation, checked on models with fixed
parameters against the same parameters in Gluon's layers (gluon.rnn.RNN with tanh,
gluon.rnn.LSTM) and a Dense output layer.

The model passed in is a correct stand-in (and so is `to_onehot`), so mistakes in `rnn` or
`to_onehot` cost points only in their own exercises. The parameters are redrawn until the
greedy text is clear-cut (no near ties that rounding could flip), differs from what the
usual mistakes give, and is unlikely to come out of sampling.
"""

import numpy as np
import pytest

from autograder.references import ch06 as ref
from autograder.testing import CPU, StandIn, describe, expect, fail

pytestmark = pytest.mark.exercise("predict_rnn")

CHARS = list("我你的是不了在有人一")
MISTAKES = {
    "state_reset": "the state is started afresh at every step: create it once with "
                   "init_rnn_state(1, num_hiddens, ctx) before the loop, and keep the state "
                   "the model returns for the next step",
    "prefix_not_fed": "the prefix is not fed in: while t < len(prefix) - 1, append the "
                      "prefix's next character (not the model's prediction)",
}
HINTS = [("(expected 1)", "pass the state the model returns straight back to it, without "
                          "unpacking it: the LSTM's state is a pair (H, C)"),
         ("(expected 5)", "call the model given as the argument `rnn`, not a model of the "
                          "notebook: predict_rnn also drives the GRU and the LSTM")]


class Model:
    """A model with fixed parameters, a vocabulary and a prefix whose continuation is clear."""

    def __init__(self, rng, kind, num_chars=8, num_hiddens=8):
        self.kind, self.num_chars, self.num_hiddens = kind, num_chars, num_hiddens
        self.idx_to_char = [str(c) for c in rng.permutation(CHARS)]
        self.char_to_idx = {c: i for i, c in enumerate(self.idx_to_char)}
        vocab_size = len(CHARS)
        # A smaller output layer for the RNN flattens its softmax (see `chance` below).
        out_scale = {"rnn": 0.5, "lstm": 1.0}[kind]
        for _ in range(200):  # two or three draws are usually enough
            self.params = ref.make_params(rng, kind, vocab_size, num_hiddens, vocab_size,
                                          scale=1.0)
            self.params[-2:] = [p * np.float32(out_scale) for p in self.params[-2:]]
            self.prefix = [int(i) for i in rng.integers(0, vocab_size, size=3)]
            indices, margin, chance = ref.predict(kind, self.prefix, num_chars, self.params)
            wrong = [ref.predict_variant(kind, self.prefix, num_chars, self.params, m)
                     for m in MISTAKES]
            # Clear-cut, varied, telling the usual mistakes apart, and unlikely to come out
            # of sampling instead of the arg-max.
            if margin > 1e-2 and len(set(indices[3:])) >= 2 and indices not in wrong \
                    and chance < 1e-3:
                break
        self.expected = self.text(indices)

    def text(self, indices):
        return "".join(self.idx_to_char[i] for i in indices)

    def prefix_text(self):
        return self.text(self.prefix)

    def predict(self, student, seed=None):
        state_maker = "init_lstm_state" if self.kind == "lstm" else "init_rnn_state"
        got = student.call("predict_rnn", self.prefix_text(), self.num_chars,
                           StandIn(self.kind), self.params, StandIn(state_maker),
                           self.num_hiddens, len(self.idx_to_char), CPU, self.idx_to_char,
                           self.char_to_idx, stand_ins={"to_onehot": "to_onehot",
                                                        self.kind: self.kind}, seed=seed).value
        if not isinstance(got, str):
            fail(f"predict_rnn should return a string, got {describe(got)}: join the "
                 "characters, ''.join(...)")
        return got


def expect_text(model, got):
    prefix, expected = model.prefix_text(), model.expected
    call = (f"predict_rnn({prefix!r}, {model.num_chars}, ...) with the {model.kind} given "
            "as its argument")
    if got == expected[len(prefix):]:
        fail(f"{call} returned only the new characters: return the prefix and the "
             f"continuation, {expected!r}")
    if len(got) != len(expected):
        fail(f"{call} returned {len(got)} characters, {got!r}; expected the {len(prefix)} "
             f"of the prefix and {model.num_chars} more: {expected!r}. The loop runs "
             "num_chars + len(prefix) - 1 times")
    if got != expected:
        for mistake, message in MISTAKES.items():
            wrong = ref.predict_variant(model.kind, model.prefix, model.num_chars,
                                        model.params, mistake)
            if got == model.text(wrong):
                fail(message)
    expect(got == expected, f"{call} returned {got!r}; the greedy continuation is "
                            f"{expected!r} (the first wrong character is at position "
                            f"{_first_difference(got, expected)})")


def _first_difference(a, b):
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


@pytest.mark.points(1)
def test_greedy_rnn(student, rng):
    """continues a prefix greedily, like a Gluon RNN with the same parameters."""
    model = Model(rng, "rnn")
    expect_text(model, model.predict(student))


@pytest.mark.points(0.5)
def test_any_model(student, rng):
    """drives any model it is given, such as an LSTM with its (H, C) state."""
    model = Model(rng, "lstm")
    expect_text(model, model.predict(student))


@pytest.mark.points(0.5)
def test_deterministic(student, rng, secret_seed):
    """gives the same text every time (greedy, the highest score, no sampling)."""
    model = Model(rng, "rnn")
    texts = {model.predict(student, seed=secret_seed + k) for k in range(3)}
    expect(len(texts) == 1, f"three calls with the same model and prefix gave different "
                            f"texts ({', '.join(sorted(map(repr, texts)))}): pick the "
                            "character with the highest score, argmax, not a random one")
