"""Hidden checks for `corr1d_multi_in` (§10.8) against nd.Convolution in one dimension; the
student's `corr1d` is replaced by a correct one."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.corr1d_multi_in import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch10.corr1d_multi_in import public as ex

pytestmark = pytest.mark.exercise("corr1d_multi_in")

STAND_INS = ex.STAND_INS


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/{key}".encode()))


@pytest.mark.points(1)
def test_matches_convolution(student, rng):
    """sums the channels' cross-correlations like nd.Convolution."""
    # The first case has fixed values and three channels (it tells a sum from a mean, from
    # channel 0 alone and from the unsummed rows), the others random ones.
    for r, (c_i, n, w) in zip([fixed_rng("corr1d_multi_in/matches"), rng, rng],
                              [(3, 7, 2), (2, 9, 3), (1, 5, 5)]):
        X = r.normal(size=(c_i, n)).astype("float32")
        K = r.normal(size=(c_i, w)).astype("float32")
        got = student.call("corr1d_multi_in", X, K, stand_ins=STAND_INS).value
        fail_if(ex.diagnose(got, X, K))
        expect_close(got, ref.corr1d_multi_in(X, K),
                     f"corr1d_multi_in of a {X.shape} input with {K.shape} kernels",
                     *ex.multi_tol(X, K))
