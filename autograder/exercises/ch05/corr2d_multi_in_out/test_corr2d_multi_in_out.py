"""Hidden checks for `corr2d_multi_in_out` (§5.3) against nd.Convolution with weights
(c_o, c_i, kh, kw); correct `corr2d` and `corr2d_multi_in` stand in for the student's."""

import pytest

from autograder.exercises.ch05._fixed import both, fixed_rng
from autograder.exercises.ch05.corr2d_multi_in_out import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch05.corr2d.public import corr_tol
from d2l.selfcheck.ch05.corr2d_multi_in_out import public as ex

pytestmark = pytest.mark.exercise("corr2d_multi_in_out")

STAND_INS = ex.STAND_INS


@pytest.mark.points(0.5)
def test_matches_convolution(student, rng):
    """gives one output channel per kernel K[j], like nd.Convolution."""
    for r, (c_o, c_i, x_hw, k_hw) in zip([fixed_rng("corr2d_multi_in_out/matches"), rng, rng],
                                         [(3, 2, (4, 5), (2, 2)), (2, 3, (5, 4), (1, 3)),
                                          (1, 1, (3, 3), (2, 2))]):
        X = r.normal(size=(c_i, *x_hw)).astype("float32")
        K = r.normal(size=(c_o, c_i, *k_hw)).astype("float32")
        got = student.call("corr2d_multi_in_out", X, K, stand_ins=STAND_INS).value
        expected = ref.corr2d_multi_in_out(X, K)
        fail_if(ex.diagnose(got, expected.shape))
        expect_close(got, expected,
                     f"corr2d_multi_in_out of a {X.shape} input with {K.shape} kernels",
                     *corr_tol(X, K))


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients back to X and K."""
    for r in both("corr2d_multi_in_out/gradient", rng):
        X = r.normal(size=(2, 4, 4)).astype("float32")
        K = r.normal(size=(3, 2, 2, 2)).astype("float32")
        head = r.normal(size=(3, 3, 3)).astype("float32")
        result = student.call("corr2d_multi_in_out", X, K, grad=[0, 1], head_grad=head,
                              stand_ins=STAND_INS)
        grad_X, grad_K = ref.corr2d_multi_in_out_grads(X, K, head)
        expect_close(result.grads[0], grad_X, "the gradient with respect to X", rtol=1e-4,
                     atol=corr_tol(head, K)[1])
        expect_close(result.grads[1], grad_K, "the gradient with respect to K", rtol=1e-4,
                     atol=corr_tol(head, X)[1])
