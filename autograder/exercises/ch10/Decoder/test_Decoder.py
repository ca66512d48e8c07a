"""Hidden checks for `Decoder` (§10.12) against the book's decoder built from Gluon layers,
with the student's parameter values copied in. The notebook's attention_model and
attention_forward are the grader's correct ones while they run, so that a mistake there
costs points only in its own exercise; attention_forward is the public module's
probe_attention (additive scores plus dot products), whose weights depend on the query."""

import functools

import pytest

from autograder.exercises.ch10 import _seq2seq as s
from autograder.exercises.ch10.Decoder import reference as ref
from d2l.selfcheck.ch10.Decoder import public as ex

pytestmark = pytest.mark.exercise("Decoder")


def run(student, r, args, batch, steps):
    inputs, _ = ref.inputs(r, args, batch, steps)
    result = student.block("Decoder", *args, inputs=inputs, seed=int(r.integers(1 << 30)),
                           stand_ins={"attention_model": "attention_model",
                                      "attention_forward": "Decoder.probe_attention"})
    s.expect(result, functools.partial(ref.book, *args), inputs,
             ex.call_text("Decoder", args), ref.variants(*args), ex.MISTAKES)


def configs(rng, layers):
    return [(s.fixed_rng(f"Decoder/{layers}"), (9, 4, 5, layers, 3), 3, 4),
            (rng, (int(rng.integers(6, 12)), int(rng.integers(2, 6)), int(rng.integers(2, 6)),
                   layers, int(rng.integers(2, 6))), int(rng.integers(2, 4)),
             int(rng.integers(3, 7)))]


@pytest.mark.points(1)
def test_one_layer(student, rng):
    """one decoding step with one GRU layer: attention on the encoder states, the embedded
    input and the context concatenated, the GRU, the output layer: the book's output and
    state with the same parameters."""
    for r, args, batch, steps in configs(rng, 1):
        run(student, r, args, batch, steps)


@pytest.mark.points(1)
def test_layers(student, rng):
    """with several GRU layers the attention's query is the last layer's state,
    state[0][-1]."""
    for r, args, batch, steps in configs(rng, 2) + configs(rng, 3)[1:]:
        run(student, r, args, batch, steps)
