"""Hidden checks for `get_analogy` (§10.6) on token embeddings with a planted answer,
against the book's search (get_vecs_by_tokens, cosines, nd.topk); a correct knn stands in
for the student's."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.get_analogy import reference as ref
from autograder.testing import TokenEmbedding, fail, fail_if
from d2l.selfcheck.ch10.get_analogy import public as ex

pytestmark = pytest.mark.exercise("get_analogy")


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/get_analogy/{key}".encode()))


def check(student, case):
    embed = TokenEmbedding(case["tokens"], case["vectors"], case["unk"])
    got = student.call("get_analogy", case["a"], case["b"], case["c"], embed,
                       stand_ins={"knn": "knn"}).value
    fail_if(ex.diagnose(got, case))
    expected, _ = ref.get_analogy(case)
    if got != expected:
        fail(f"get_analogy({case['a']!r}, {case['b']!r}, {case['c']!r}, embed) returned "
             f"{got!r}, expected {expected!r}")


@pytest.mark.points(0.5)
def test_planted_analogy(student, rng):
    """returns the word nearest by cosine to vec(b) - vec(a) + vec(c), a str token."""
    check(student, ref.planted(fixed_rng("planted")))
    check(student, ref.planted(rng, vocab=30, E=16))


@pytest.mark.points(0.5)
def test_long_vector(student, rng):
    """ranks by cosine, also when a long vector lies closer by dot product."""
    check(student, ref.planted(fixed_rng("long"), dot_decoy=True))
    check(student, ref.planted(rng, vocab=25, E=12, dot_decoy=True))
