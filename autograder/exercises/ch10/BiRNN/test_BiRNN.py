"""Hidden checks for `BiRNN` (§10.7) against the book's block built from Gluon layers, with
the student's parameter values copied in."""

import pytest

from autograder.exercises.ch10 import _sentiment as s
from autograder.exercises.ch10.BiRNN import reference as ref
from d2l.selfcheck.ch10.BiRNN import public as ex

pytestmark = pytest.mark.exercise("BiRNN")


def case(student, r, fixed):
    """vocab, embed_size, num_hiddens, num_layers; the block run on token indices with
    fewer reviews than words (so an output per word shows in its shape)."""
    if fixed:
        args, batch, words = (s.SmallVocab(10), 4, 3, 2), 2, 5
    else:
        args = (s.SmallVocab(int(r.integers(6, 12))), int(r.integers(2, 5)),
                int(r.integers(2, 5)), int(r.integers(1, 3)))
        batch, words = 3, int(r.integers(4, 7))
    X = s.tokens(r, len(args[0]), batch, words)
    return args, X, s.build(student, "BiRNN", args, X, int(r.integers(1 << 30)))


@pytest.mark.points(1)
def test_shapes(student, rng):
    """an embedding, a bidirectional LSTM of num_layers layers, a Dense(2) on
    4 * num_hiddens features: the book's output and parameter shapes."""
    for r, fixed in [(s.fixed_rng("BiRNN/shapes"), True), (rng, False)]:
        args, X, result = case(student, r, fixed)
        s.expect_shapes(result, ref.BiRNN, args, X, ex.call_text("BiRNN", args),
                        ex.structure)


@pytest.mark.points(2)
def test_forward(student, rng):
    """with the same parameters it computes what the book's block computes: time-major
    embeddings, the LSTM, outputs[0] and outputs[-1] concatenated, the decoder."""
    for r, fixed in [(s.fixed_rng("BiRNN/forward"), True), (rng, False)]:
        args, X, result = case(student, r, fixed)
        s.expect_forward(result, ref.BiRNN, args, X, ex.call_text("BiRNN", args),
                         ex.structure, ref.variants(*args), ex.MISTAKES)
