"""Hidden checks for `masked_softmax` (§10.11) against nd.SequenceMask + nd.softmax, on fixed
cases that expose every named mistake and on secret random ones; gradients through
autograd."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.masked_softmax import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.compare import mismatch
from d2l.selfcheck.ch10.masked_softmax import public as ex

pytestmark = pytest.mark.exercise("masked_softmax")


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/masked_softmax/{key}".encode()))


def scores(rng, shape, scale=2.0):
    return (rng.normal(size=shape) * scale).astype("float32")


def lengths(rng, batch, keys):
    """Valid lengths between 0 and keys, with 0 and keys among them when batch allows."""
    vl = rng.integers(0, keys + 1, size=batch)
    if batch >= 3:
        vl[:3] = [0, keys, rng.integers(1, keys)]
        vl = rng.permutation(vl)
    return vl.astype("float32")


def check(student, X, valid_len, what):
    got = student.call("masked_softmax", X, valid_len).value
    fail_if(ex.diagnose(got, X, valid_len))
    rtol, atol = ex.tol(X)
    expect_close(got, ref.masked_softmax(X, valid_len), what, rtol=rtol, atol=atol)


@pytest.mark.points(0.5)
def test_without_mask(student, rng):
    """without valid_len (None): the softmax over the last axis, the keys."""
    for r in [fixed_rng("plain"), rng]:
        for shape in [(2, 3, 4), (3, 4, 4), (1, 1, 6)]:
            check(student, scores(r, shape), None, f"masked_softmax of a {shape} input, "
                                                   "valid_len None")


@pytest.mark.points(0.75)
def test_mask(student, rng):
    """padded keys get weight 0, the valid ones sum to 1; a row of valid length 0 is all
    zeros."""
    r = fixed_rng("mask")
    # Square (queries = keys) so that a mask along the queries has the right shape.
    check(student, scores(r, (4, 4, 4)), np.array([2, 4, 0, 1], "float32"),
          "masked_softmax of a (4, 4, 4) input with valid_len [2, 4, 0, 1]")
    for shape in [(5, 2, 6), (3, 1, 3)]:
        X = scores(rng, shape)
        vl = lengths(rng, shape[0], shape[2])
        check(student, X, vl, f"masked_softmax of a {shape} input with valid_len "
                              f"{vl.astype(int).tolist()}")


@pytest.mark.points(0.25)
def test_large_scores(student, rng):
    """stays exact for scores near +-1000 and for padded scores far above the valid ones.

    Valid lengths at least 1; the padding must not take part in the shift by the row
    maximum, or the valid weights underflow to 0."""
    for r in [fixed_rng("large"), rng]:
        offsets = r.permutation(np.array([1000, -1000, 1000, -1000], "float32"))
        X = (r.normal(size=(4, 2, 5)) * 5 + offsets[:, None, None]).astype("float32")
        vl = r.integers(1, 6, size=4).astype("float32")
        check(student, X, vl, "masked_softmax of scores near +-1000")
        vl = r.integers(1, 5, size=3).astype("float32")
        X = r.normal(size=(3, 2, 5)).astype("float32")
        X[np.broadcast_to(np.arange(5) >= vl[:, None, None], X.shape)] += 300
        check(student, X, vl, "masked_softmax of scores whose padded entries are 300 above "
                              "the valid ones")


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradient back to X through autograd, finite in rows of valid
    length 0."""
    for r in [fixed_rng("gradient"), rng]:
        X = scores(r, (4, 2, 5))
        vl = lengths(r, 4, 5)
        head = r.normal(size=X.shape).astype("float32")
        result = student.call("masked_softmax", X, vl, grad=[0], head_grad=head)
        out, want = ref.masked_softmax(X, vl, head)
        problem = ex.diagnose(result.value, X, vl) or mismatch(
            result.value, out, *ex.tol(X), name="the weights")
        fail_if(problem and f"the weights are wrong, so their gradient cannot be checked: "
                            f"{problem}")
        fail_if(ex.gradient_problem(result.grads[0] if result.grads else None, want, X))
