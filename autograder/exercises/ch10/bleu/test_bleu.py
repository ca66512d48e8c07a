"""Hidden checks for `bleu` (§10.12) against the book's formula (reference.py): fixed pairs
that expose each named mistake, then random pairs over a 4-word vocabulary."""

import pytest

from autograder.exercises.ch10.bleu import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch10.bleu import public as ex

pytestmark = pytest.mark.exercise("bleu")


def check(student, pairs):
    for pred, label, k in pairs:
        pred = pred.split() if isinstance(pred, str) else pred
        label = label.split() if isinstance(label, str) else label
        got = student.call("bleu", pred, label, k).value
        fail_if(ex.diagnose(got, pred, label, k))


@pytest.mark.points(1.5)
def test_formula(student, rng):
    """the book's examples and formula: clipped n-gram counts, the brevity penalty
    exp(min(0, 1 - len_label / len_pred)), weights 1/2^n; fixed and random pairs."""
    check(student, ref.BOOK + ref.CLIP + ref.BREVITY + ref.WEIGHTS
          + [ref.random_pair(rng) for _ in range(4)])


@pytest.mark.points(0.5)
def test_tuple_ngrams(student, rng):
    """n-grams are tuples of tokens: ('ab', 'c') is not ('a', 'bc')."""
    check(student, ref.COLLIDE)
