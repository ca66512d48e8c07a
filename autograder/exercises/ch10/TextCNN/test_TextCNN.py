"""Hidden checks for `TextCNN` (§10.8) against the book's block built from Gluon layers, with
the student's parameter values copied in (autograd not recording: dropout does nothing),
and a check that training mode applies dropout."""

import pytest

from autograder.exercises.ch10 import _sentiment as s
from autograder.exercises.ch10.TextCNN import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch10.TextCNN import public as ex

pytestmark = pytest.mark.exercise("TextCNN")


def case(student, r, fixed):
    """A configuration: vocab, embed_size, kernel sizes, channels; then the block run on
    token indices. The fixed one has 7 words, which tells every structural mistake apart
    (7 is neither embed_size nor 2 * embed_size; pooling over channels gives 7 features for
    the decoder, pooling over time 13). Its first kernel is as wide as the input: each of
    its 10 channels has one value, negative for about half of them, so a missing ReLU
    always shows (a max over many values is nearly always positive, where ReLU changes
    nothing); the second, narrow one tells max from average pooling."""
    if fixed:
        args, batch, words = (s.SmallVocab(12), 4, (7, 2), (10, 3)), 3, 7
    else:
        E = int(r.integers(3, 6))
        ks = tuple(int(k) for k in r.choice([1, 2, 3, 4], size=2, replace=False))
        cs = tuple(int(c) for c in r.integers(2, 5, size=2))
        args, batch, words = (s.SmallVocab(int(r.integers(8, 16))), E, ks, cs), 2, 9
    X = s.tokens(r, len(args[0]), batch, words)
    return args, X, s.build(student, "TextCNN", args, X, int(r.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_shapes(student, rng):
    """two embeddings of embed_size, a Conv1D over 2 * embed_size channels per kernel size,
    a Dense(2) on the pooled channels: the book's output and parameter shapes."""
    for r, fixed in [(s.fixed_rng("TextCNN/shapes"), True), (rng, False)]:
        args, X, result = case(student, r, fixed)
        s.expect_shapes(result, ref.TextCNN, args, X, ex.call_text("TextCNN", args),
                        ex.structure)


@pytest.mark.points(2)
def test_forward(student, rng):
    """with the same parameters it computes what the book's block computes: embeddings
    concatenated, ReLU convolutions, max-pooling over time, the decoder."""
    for r, fixed in [(s.fixed_rng("TextCNN/forward"), True), (rng, False)]:
        args, X, result = case(student, r, fixed)
        s.expect_forward(result, ref.TextCNN, args, X, ex.call_text("TextCNN", args),
                         ex.structure, ref.variants(*args), ex.MISTAKES, ref.SWAPS)


@pytest.mark.points(0.5)
def test_dropout(student):
    """applies dropout in training: in training mode the output differs from the output
    with autograd not recording (with dropout 0.5 on 13 features they never agree)."""
    r = s.fixed_rng("TextCNN/dropout")
    args = (s.SmallVocab(12), 4, (7, 2), (10, 3))
    X = s.tokens(r, 12, 3, 7)
    seed = int(r.integers(1 << 30))
    quiet = s.run_block(student, "TextCNN", *args, X=X, seed=seed)
    noisy = s.run_block(student, "TextCNN", *args, X=X, seed=seed, train_mode=True)
    fail_if(ex.no_dropout(noisy.value, quiet.value))
