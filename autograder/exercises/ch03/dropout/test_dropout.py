"""Hidden checks for `dropout` (§3.13): masks are random, so check their statistics.

The reference is nd.Dropout in training mode: it keeps each entry with probability
1 - p and scales kept entries by 1 / (1 - p). Every check runs a fixed drop probability
(the same in every run) besides any drawn one.
"""

import numpy as np
import pytest

from autograder.exercises.ch03.dropout import reference as ref
from autograder.testing import as_numpy, expect_close, fail_if
from d2l.selfcheck.ch03.dropout import public as ex

pytestmark = pytest.mark.exercise("dropout")


def run(student, X, p, **kwargs):
    got = as_numpy(student.call("dropout", X, p, train_mode=True, **kwargs).value)
    fail_if(ex.wrong_shape(got, X))
    return got


@pytest.mark.points(0.5)
def test_statistics(student, rng):
    """drops a fraction p of the entries and scales the others by 1 / (1 - p)."""
    for p, source in ((0.3, np.random.default_rng(315)), (float(rng.choice([0.2, 0.6])), rng)):
        X = source.uniform(1, 2, size=(400, 500)).astype("float32")
        out = run(student, X, p)
        fail_if(ex.wrong_rate(out, p, ref.dropped_fraction(X, p)))
        fail_if(ex.wrong_scale(out, X, p))


@pytest.mark.points(0.5)
def test_edge_probabilities(student, rng):
    """returns X for drop_prob 0 and zeros (no NaN) for drop_prob 1."""
    for X in (np.random.default_rng(314).normal(size=(20, 30)).astype("float32"),
              rng.normal(size=(20, 30)).astype("float32")):
        fail_if(ex.wrong_edges(run(student, X, 0.0), X, run(student, X, 1.0)))


@pytest.mark.points(0.5)
def test_masks_are_random(student, rng):
    """draws an independent mask entry for every element, anew on every call."""
    X = np.ones((300, 300), dtype="float32")
    fail_if(ex.same_masks(run(student, X, 0.5), run(student, X, 0.5)))


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes gradients only through kept entries, scaled by 1 / (1 - p)."""
    p = 0.4
    X = rng.uniform(1, 2, size=(50, 40)).astype("float32")
    result = student.call("dropout", X, p, grad=[0], head_grad=np.ones_like(X), train_mode=True)
    out = as_numpy(result.value)
    fail_if(ex.wrong_shape(out, X))
    fail_if(ex.implausible_mask(out, p))
    expect_close(result.grads[0], ex.mask_gradient(out, p),
                 "the gradient with respect to X (mask / keep_prob)", ex.SCALE_RTOL, 0)
