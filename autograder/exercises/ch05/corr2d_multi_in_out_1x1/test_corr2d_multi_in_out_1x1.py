"""Hidden checks for `corr2d_multi_in_out_1x1` (§5.3): a matrix product that must equal
nd.Convolution with 1x1 kernels."""

import pytest

from autograder.exercises.ch05._fixed import both, fixed_rng
from autograder.exercises.ch05.corr2d_multi_in_out_1x1 import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch05.corr2d.public import corr_tol
from d2l.selfcheck.ch05.corr2d_multi_in_out_1x1 import public as ex

pytestmark = pytest.mark.exercise("corr2d_multi_in_out_1x1")


@pytest.mark.points(0.5)
def test_matches_convolution(student, rng):
    """equals nd.Convolution with 1x1 kernels, for several channel counts."""
    for r, (c_o, c_i, h, w) in zip([fixed_rng("corr2d_multi_in_out_1x1/matches"), rng, rng],
                                   [(2, 3, 3, 3), (4, 2, 5, 3), (1, 5, 2, 6)]):
        X = r.normal(size=(c_i, h, w)).astype("float32")
        K = r.normal(size=(c_o, c_i, 1, 1)).astype("float32")
        got = student.call("corr2d_multi_in_out_1x1", X, K).value
        expected = ref.corr2d_multi_in_out(X, K)
        tol = corr_tol(X, K)
        fail_if(ex.pixel_rows(got, expected, ref.pixel_rows(X, K), tol))
        expect_close(got, expected,
                     f"corr2d_multi_in_out_1x1 of a {X.shape} input with {K.shape} kernels",
                     *tol)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients back to X and K."""
    for r in both("corr2d_multi_in_out_1x1/gradient", rng):
        X = r.normal(size=(3, 4, 2)).astype("float32")
        K = r.normal(size=(2, 3, 1, 1)).astype("float32")
        head = r.normal(size=(2, 4, 2)).astype("float32")
        result = student.call("corr2d_multi_in_out_1x1", X, K, grad=[0, 1], head_grad=head)
        grad_X, grad_K = ref.corr2d_multi_in_out_grads(X, K, head)
        expect_close(result.grads[0], grad_X, "the gradient with respect to X", rtol=1e-4,
                     atol=corr_tol(head, K)[1])
        expect_close(result.grads[1], grad_K, "the gradient with respect to K", rtol=1e-4,
                     atol=corr_tol(head, X)[1])
