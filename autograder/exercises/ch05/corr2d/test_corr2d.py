"""Hidden checks for `corr2d` (§5.1) against nd.Convolution, gradients included.

MXNet's convolution is a cross-correlation: the kernel is not flipped.
"""

import pytest

from autograder.exercises.ch05._fixed import both, fixed_rng
from autograder.exercises.ch05.corr2d import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch05.corr2d import public as ex

pytestmark = pytest.mark.exercise("corr2d")


def check(student, X, K):
    got = student.call("corr2d", X, K).value
    expected = ref.corr2d(X, K)
    tol = ex.corr_tol(X, K)
    fail_if(ex.diagnose(got, X.shape, K.shape, expected, ref.flipped(X, K), tol))
    rtol, atol = tol
    expect_close(got, expected, f"corr2d of a {X.shape} input with a {K.shape} kernel",
                 rtol=rtol, atol=atol)


def normal(rng, shape):
    return rng.normal(size=shape).astype("float32")


@pytest.mark.points(0.75)
def test_matches_convolution(student, rng):
    """matches nd.Convolution (a cross-correlation) on random inputs and kernels."""
    for r in both("corr2d/matches", rng):
        for x_shape, k_shape in [((6, 7), (2, 3)), ((5, 5), (3, 3))]:
            check(student, normal(r, x_shape), normal(r, k_shape))


@pytest.mark.points(0.5)
def test_other_shapes(student, rng):
    """handles one-row kernels, 1x1 kernels and kernels as large as the input."""
    # The fixed case first: a (1, 2) kernel exposes swapped sides with a result (not an
    # error), whatever the seed.
    r = fixed_rng("corr2d/other")
    check(student, normal(r, (6, 8)), normal(r, (1, 2)))
    for x_shape, k_shape in [((6, 8), (1, 2)), ((4, 3), (1, 1)), ((3, 4), (3, 4)),
                             ((7, 4), (3, 1))]:
        check(student, normal(rng, x_shape), normal(rng, k_shape))


@pytest.mark.points(0.75)
def test_gradient(student, rng):
    """autograd differentiates it, with nd.Convolution's gradients for X and K."""
    for r in both("corr2d/gradient", rng):
        X, K, head = normal(r, (6, 5)), normal(r, (3, 2)), normal(r, (4, 4))
        # A forward call first: a forbidden operator is reported before its backward pass
        # runs (MXNet 1.9.1's nd.Deconvolution backward breaks the worker process for
        # later calls).
        student.call("corr2d", X, K)
        result = student.call("corr2d", X, K, grad=[0, 1], head_grad=head)
        grad_X, grad_K = ref.corr2d_grads(X, K, head)
        _, atol_x = ex.corr_tol(head, K)
        _, atol_k = ex.corr_tol(head, X)
        expect_close(result.grads[0], grad_X, "the gradient with respect to X", rtol=1e-4,
                     atol=atol_x)
        expect_close(result.grads[1], grad_K, "the gradient with respect to K", rtol=1e-4,
                     atol=atol_k)
