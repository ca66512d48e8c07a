"""Hidden checks for `predict_rnn` (§6.4): greedy generation, checked on models with fixed
parameters against the same parameters in Gluon's layers (gluon.rnn.RNN with tanh,
gluon.rnn.LSTM) and a Dense output layer.

The model passed in is a correct stand-in (and so is `to_onehot`), so mistakes in `rnn` or
`to_onehot` cost points only in their own exercises; the state makers are the notebook's
read-only init_rnn_state and, for the LSTM (whose section comes later in the notebook), the
LSTM exercise's helper init_lstm_state. Each check runs a fixed model (the same in
every run) and a random one.
"""

import numpy as np
import pytest

from autograder.exercises.ch06.predict_rnn import reference as ref
from autograder.testing import CPU, Ref, StandIn, fail_if
from d2l.selfcheck.ch06.predict_rnn import public as ex

pytestmark = pytest.mark.exercise("predict_rnn")

CHARS = list("我你的是不了在有人一")
FIXED_SEED = {"rnn": 6043, "lstm": 6045}


class Model:
    """A model with fixed parameters, a vocabulary and a prefix whose continuation is clear."""

    def __init__(self, rng, kind, num_chars=8, num_hiddens=8):
        self.kind, self.num_chars, self.num_hiddens = kind, num_chars, num_hiddens
        self.idx_to_char = [str(c) for c in rng.permutation(CHARS)]
        self.char_to_idx = {c: i for i, c in enumerate(self.idx_to_char)}
        self.params, self.prefix, indices, wrong = ref.draw_model(
            rng, kind, len(CHARS), num_hiddens, num_chars)
        self.expected = self.text(indices)
        self.wrong = {m: self.text(w) for m, w in wrong.items()}

    def text(self, indices):
        return "".join(self.idx_to_char[i] for i in indices)

    def prefix_text(self):
        return self.text(self.prefix)

    def predict(self, student, seed=None):
        state_maker = (StandIn("lstm.init_lstm_state") if self.kind == "lstm"
                       else Ref("init_rnn_state"))
        return student.call("predict_rnn", self.prefix_text(), self.num_chars,
                            StandIn(self.kind), self.params, state_maker,
                            self.num_hiddens, len(self.idx_to_char), CPU, self.idx_to_char,
                            self.char_to_idx, stand_ins={"to_onehot": "to_onehot",
                                                         self.kind: self.kind},
                            seed=seed).value

    def judge(self, got):
        call = (f"predict_rnn({self.prefix_text()!r}, {self.num_chars}, ...) with the "
                f"{self.kind} given as its argument")
        return ex.judge(got, self.expected, self.prefix_text(), self.num_chars, self.wrong,
                        call)


def models(rng, kind):
    return [Model(np.random.default_rng(FIXED_SEED[kind]), kind), Model(rng, kind)]


@pytest.mark.points(1)
def test_greedy_rnn(student, rng):
    """continues a prefix greedily, like a Gluon RNN with the same parameters."""
    for model in models(rng, "rnn"):
        fail_if(model.judge(model.predict(student)))


@pytest.mark.points(0.5)
def test_any_model(student, rng):
    """drives any model it is given, such as an LSTM with its (H, C) state."""
    for model in models(rng, "lstm"):
        fail_if(model.judge(model.predict(student)))


@pytest.mark.points(0.5)
def test_deterministic(student, rng, secret_seed):
    """gives the same text every time (greedy, the highest score, no sampling)."""
    for model, seed in zip(models(rng, "rnn"), (FIXED_SEED["rnn"], secret_seed)):
        texts = [model.predict(student, seed=seed + k) for k in range(3)]
        fail_if(ex.not_deterministic(texts))
