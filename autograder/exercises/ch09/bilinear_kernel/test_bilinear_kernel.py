"""Hidden checks for `bilinear_kernel` (§9.10): the book's filter for odd and even kernel
sizes (init.Bilinear's where they agree) and its place in the diagonal channel pairs."""

import pytest

from autograder.exercises.ch09.bilinear_kernel import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.bilinear_kernel import public as ex

pytestmark = pytest.mark.exercise("bilinear_kernel")


def check_filter(student, k):
    got = student.call("bilinear_kernel", 1, 1, k).value
    fail_if(ex.check_shape(got, 1, k))
    fail_if(ex.diagnose_filter(got, k))
    expect_close(got, ref.bilinear_kernel(1, k), f"bilinear_kernel(1, 1, {k})", 1e-6, 1e-6)


@pytest.mark.points(0.5)
def test_odd_sizes(student, rng):
    """the book's filter for odd kernel sizes (centre factor - 1)."""
    for k in (1, 3, 5, 7, 2 * int(rng.integers(4, 12)) + 1):
        check_filter(student, k)


@pytest.mark.points(0.5)
def test_even_sizes(student, rng):
    """the book's filter for even kernel sizes (centre factor - 0.5), the FCN's 64 included."""
    for k in (2, 4, 6, 64, 2 * int(rng.integers(4, 12))):
        check_filter(student, k)


@pytest.mark.points(0.5)
def test_channels(student, rng):
    """with several channels, the same filter in every diagonal pair weight[i, i] and zeros
    elsewhere (init.Bilinear fills every pair)."""
    for c, k in [(2, 4), (int(rng.integers(3, 6)), int(rng.integers(3, 9)))]:
        got = student.call("bilinear_kernel", c, c, k).value
        fail_if(ex.check_shape(got, c, k))
        fail_if(ex.diagnose_channels(got, c, k))
