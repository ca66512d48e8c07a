"""Hidden checks for `discard(idx)` (§10.3): the book's function reads the notebook's globals
counter, idx_to_token and num_tokens; the checks set small controlled ones (14 words,
100000 tokens, known discard probabilities 0, 0.5, 0.75, 0.9, 0.99) and run the locked
`subsample(dataset)` cell's function on 4000 words. Python's random is seeded, and the
thresholds are six standard deviations of the binomial rates: an honest answer cannot miss
them, a named mistake cannot meet them."""

import random

import pytest

from autograder.testing import fail_if
from d2l.selfcheck.ch10.discard import public as ex

pytestmark = pytest.mark.exercise("discard")

SEED = 20261203
N_PER_GROUP = 800


def sentences(idx, length=1000):
    return [idx[i:i + length] for i in range(0, len(idx), length)]


@pytest.mark.points(1)
def test_rates(student, rng):
    """discards each word with probability max(0, 1 - sqrt(1e-4 / f(w))), f(w) =
    counter[w] / num_tokens: rare words never, frequent ones often (4000 words)."""
    # The locked subsample() cell must call the notebook's discard.
    probe_data = sentences([int(i) for i in rng.integers(0, 14, size=60)], 20)
    got = student.call("subsample", probe_data, stand_ins={"discard": "discard.probe"}).value
    fail_if(ex.subsample_problem(ex.probe, probe_data, got))
    idx = ex.sample(N_PER_GROUP, random.Random(SEED))
    got = student.call("subsample", sentences(idx), globals=ex.book_globals(), seed=SEED).value
    if not isinstance(got, list):
        fail_if(f"subsample should return a list of sentences, got {type(got).__name__}")
    fail_if(ex.diagnose(idx, [tk for st in got for tk in st]))
