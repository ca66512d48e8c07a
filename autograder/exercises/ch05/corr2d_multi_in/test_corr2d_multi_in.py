"""Hidden checks for `corr2d_multi_in` (§5.3) against nd.Convolution with one output
channel; the student's `corr2d` is replaced by a correct one."""

import pytest

from autograder.exercises.ch05._fixed import both, fixed_rng
from autograder.exercises.ch05.corr2d_multi_in import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch05.corr2d.public import corr_tol
from d2l.selfcheck.ch05.corr2d_multi_in import public as ex

pytestmark = pytest.mark.exercise("corr2d_multi_in")

STAND_INS = ex.STAND_INS


@pytest.mark.points(0.5)
def test_matches_convolution(student, rng):
    """sums the channels' cross-correlations like nd.Convolution."""
    # The first case has fixed values (and two channels: it tells a sum from a mean and
    # from channel 0 alone), the others random ones.
    for r, (c_i, x_hw, k_hw) in zip([fixed_rng("corr2d_multi_in/matches"), rng, rng],
                                    [(2, (4, 5), (2, 3)), (3, (5, 5), (3, 3)),
                                     (1, (3, 4), (2, 2))]):
        X = r.normal(size=(c_i, *x_hw)).astype("float32")
        K = r.normal(size=(c_i, *k_hw)).astype("float32")
        got = student.call("corr2d_multi_in", X, K, stand_ins=STAND_INS).value
        tol = corr_tol(X, K)
        fail_if(ex.diagnose(got, ref.per_channel(X, K), tol))
        expect_close(got, ref.corr2d_multi_in(X, K),
                     f"corr2d_multi_in of a {X.shape} input with {K.shape} kernels", *tol)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients back to X and K."""
    for r in both("corr2d_multi_in/gradient", rng):
        X = r.normal(size=(3, 5, 4)).astype("float32")
        K = r.normal(size=(3, 2, 2)).astype("float32")
        head = r.normal(size=(4, 3)).astype("float32")
        result = student.call("corr2d_multi_in", X, K, grad=[0, 1], head_grad=head,
                              stand_ins=STAND_INS)
        grad_X, grad_K = ref.corr2d_multi_in_grads(X, K, head)
        expect_close(result.grads[0], grad_X, "the gradient with respect to X", rtol=1e-4,
                     atol=corr_tol(head, K)[1])
        expect_close(result.grads[1], grad_K, "the gradient with respect to K", rtol=1e-4,
                     atol=corr_tol(head, X)[1])
