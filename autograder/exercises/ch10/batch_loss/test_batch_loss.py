"""Hidden checks for `batch_loss` (§10.12) on the grader's models with fixed weights (the
Encoder exercise's `encoder_a`, `decoder_a`; `out_vocab` set as the notebook's global)
against the book's function in reference.py, on a fixed and a random minibatch."""

import pytest

from autograder.exercises.ch10 import _seq2seq as s
from autograder.exercises.ch10.batch_loss import reference as ref
from autograder.testing import StandIn, fail_if, is_ndarray
from d2l.selfcheck.ch10.batch_loss import public as ex

pytestmark = pytest.mark.exercise("batch_loss")


def run(student, X, Y):
    return student.call("batch_loss", StandIn("Encoder.encoder_a"), StandIn("Encoder.decoder_a"),
                        X, Y, StandIn("Encoder.loss"),
                        stand_ins={"out_vocab": "Encoder.out_vocab"}).value


@pytest.mark.points(2)
def test_loss(student, rng):
    """the book's loss: teacher forcing from BOS, the mask that keeps each sequence's tokens
    up to its EOS, the sum divided by the number of tokens kept; an NDArray, so that
    l.backward() works."""
    for r in (s.fixed_rng("batch_loss"), rng):
        X, Y = ref.minibatch(r, batch=int(r.integers(3, 5)), steps=int(r.integers(5, 7)))
        got = run(student, X, Y)
        want = ref.value(X, Y)
        if not is_ndarray(got):
            fail_if(f"batch_loss should return an NDArray (so that l.backward() works), got "
                    f"{type(got).__name__}")
        if ex.diagnose(got, want, {}):
            fail_if(ex.diagnose(got, want, ref.values(X, Y)[1]))
