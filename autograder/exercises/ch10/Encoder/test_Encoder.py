"""Hidden checks for `Encoder` (§10.12) against the book's encoder built from Gluon layers,
with the student's parameter values copied in; inputs with a random initial state and
batch != num_steps, so that a missing swapaxes shows."""

import functools

import pytest

from autograder.exercises.ch10 import _seq2seq as s
from autograder.exercises.ch10.Encoder import reference as ref
from d2l.selfcheck.ch10.Encoder import public as ex

pytestmark = pytest.mark.exercise("Encoder")


@pytest.mark.points(1)
def test_forward(student, rng):
    """embeds, swaps to time-major and runs a GRU of num_layers layers: with the same
    parameters, the book's outputs (num_steps, batch, num_hiddens) and state."""
    configs = [(s.fixed_rng("Encoder"), (10, 4, 5, 2), 3, 4)]
    configs.append((rng, (int(rng.integers(6, 12)), int(rng.integers(2, 6)),
                          int(rng.integers(2, 6)), int(rng.integers(1, 4))),
                    int(rng.integers(2, 4)), int(rng.integers(5, 7))))
    for r, args, batch, steps in configs:
        inputs, _ = ref.inputs(r, args, batch, steps)
        result = student.block("Encoder", *args, inputs=inputs, seed=int(r.integers(1 << 30)))
        s.expect(result, functools.partial(ex.BookEncoder, *args), inputs,
                 ex.call_text("Encoder", args), ref.variants(*args), ex.MISTAKES)
