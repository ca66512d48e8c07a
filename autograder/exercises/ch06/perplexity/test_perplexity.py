"""Hidden checks for `perplexity` (§6.4): exp of the mean SoftmaxCrossEntropyLoss, the step
outputs stacked step by step against the labels Y.T flattened. Each check runs a fixed
problem (the same in every run) and a random one."""

import numpy as np
import pytest

from autograder.exercises.ch06.perplexity import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch06.perplexity import public as ex

pytestmark = pytest.mark.exercise("perplexity")
FIXED_SEED = 6044


def check(student, outputs, Y, name):
    got = student.perplexity(outputs, Y)
    fail_if(ex.judge(got, ref.perplexity(outputs, Y), ref.variants(outputs, Y), outputs, name))


@pytest.mark.points(0.5)
def test_matches_cross_entropy(student, rng):
    """equals exp of the mean SoftmaxCrossEntropyLoss, with the labels Y.T flattened."""
    for r in (np.random.default_rng(FIXED_SEED), rng):
        outputs, Y = ref.problem(r)
        check(student, outputs, Y, "perplexity(outputs, Y)")


@pytest.mark.points(0.5)
def test_large_scores(student, rng):
    """stays finite and exact when scores are large (adding a constant to a row changes nothing)."""
    for r in (np.random.default_rng(FIXED_SEED + 1), rng):
        outputs, Y = ref.problem(r, num_steps=3, batch_size=4, vocab_size=6, offset=500.0)
        check(student, outputs, Y, "perplexity of scores near +-500")
