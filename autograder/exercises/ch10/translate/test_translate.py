"""Hidden checks for `translate` (§10.12) on the grader's models with fixed weights (the
Encoder exercise's `encoder_a`, `decoder_a`; `in_vocab`, `out_vocab` set as the notebook's
globals) against the book's function in reference.py: fixed sentences (one that ends with
EOS early, one that runs to max_seq_len) and a random one, every greedy decision clear by
more than 1e-3."""

import pytest

from autograder.exercises.ch10.translate import reference as ref
from autograder.testing import StandIn, fail_if
from d2l.selfcheck.ch10.translate import public as ex

pytestmark = pytest.mark.exercise("translate")


@pytest.mark.points(1)
def test_greedy(student, rng):
    """encodes the sentence with its EOS and PADs, decodes greedily from BOS, stops at EOS
    (not returned) or after max_seq_len tokens."""
    for sentence in ref.FIXED + [ref.random_sentence(rng, ex.MAX_SEQ_LEN)]:
        got = student.call("translate", StandIn("Encoder.encoder_a"),
                           StandIn("Encoder.decoder_a"), sentence, ex.MAX_SEQ_LEN,
                           stand_ins={"in_vocab": "Encoder.in_vocab",
                                      "out_vocab": "Encoder.out_vocab"}).value
        want = ref.translations(sentence, ex.MAX_SEQ_LEN)[0]
        if ex.diagnose(got, want, {}, sentence):
            wrong = ref.translations(sentence, ex.MAX_SEQ_LEN, tuple(ex.MISTAKES))[1:]
            fail_if(ex.diagnose(got, want, dict(zip(ex.MISTAKES, wrong)), sentence))
