"""Hidden checks for `corr1d` (§10.8) against nd.Convolution in one dimension."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.corr1d import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch10.corr1d import public as ex

pytestmark = pytest.mark.exercise("corr1d")


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/{key}".encode()))


def check(student, X, K):
    got = student.call("corr1d", X, K).value
    expected = ref.corr1d(X, K)
    fail_if(ex.diagnose(got, X, K, expected))
    rtol, atol = ex.corr_tol(X, K)
    expect_close(got, expected, f"corr1d of {len(X)} values with width {len(K)}",
                 rtol=rtol, atol=atol)


def normal(rng, n):
    return rng.normal(size=n).astype("float32")


@pytest.mark.points(1)
def test_matches_convolution(student, rng):
    """matches nd.Convolution (a cross-correlation, kernel not flipped) in one dimension."""
    for r in [fixed_rng("corr1d/matches"), rng]:
        for n, w in [(7, 2), (10, 3)]:
            check(student, normal(r, n), normal(r, w))


@pytest.mark.points(0.5)
def test_other_widths(student, rng):
    """handles kernels of width 1 and kernels as wide as the input."""
    r = fixed_rng("corr1d/other")
    check(student, normal(r, 6), normal(r, 2))
    for n, w in [(5, 1), (4, 4), (8, 5)]:
        check(student, normal(rng, n), normal(rng, w))
