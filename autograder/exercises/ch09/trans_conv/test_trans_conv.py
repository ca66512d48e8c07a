"""Hidden checks for `trans_conv` (§9.10) against nd.Deconvolution, gradients included."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch09.trans_conv import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.trans_conv import public as ex

pytestmark = pytest.mark.exercise("trans_conv")


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch09/{key}".encode()))


def normal(rng, shape):
    return rng.normal(size=shape).astype("float32")


def check(student, X, K):
    got = student.call("trans_conv", X, K).value
    expected = ref.trans_conv(X, K)
    fail_if(ex.diagnose(got, X, K, expected))
    expect_close(got, expected, f"trans_conv of a {X.shape} input with a {K.shape} kernel",
                 *ex.tol(X, K))


@pytest.mark.points(0.5)
def test_matches_deconvolution(student, rng):
    """matches nd.Deconvolution on the worked example and on random inputs."""
    check(student, np.array([[0, 1], [2, 3]], "float32"), np.array([[0, 1], [2, 3]], "float32"))
    r = fixed_rng("trans_conv/matches")
    check(student, normal(r, (3, 4)), normal(r, (2, 3)))
    check(student, normal(rng, (4, 4)), normal(rng, (3, 3)))


@pytest.mark.points(0.5)
def test_other_shapes(student, rng):
    """handles 1 x 1 kernels, one-row and one-column inputs and kernels larger than X."""
    for x_shape, k_shape in [((3, 5), (1, 1)), ((1, 4), (2, 2)), ((2, 1), (3, 4)),
                             ((2, 3), (4, 5))]:
        check(student, normal(rng, x_shape), normal(rng, k_shape))


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients of X and K back through autograd."""
    for r in [fixed_rng("trans_conv/gradient"), rng]:
        X, K = normal(r, (3, 4)), normal(r, (2, 3))
        head = normal(r, (4, 6))
        result = student.call("trans_conv", X, K, grad=[0, 1], head_grad=head)
        grad_X, grad_K = ref.trans_conv_grads(X, K, head)
        expect_close(result.grads[0], grad_X, "the gradient with respect to X", 1e-4,
                     ex.tol(head, K)[1])
        expect_close(result.grads[1], grad_K, "the gradient with respect to K", 1e-4,
                     ex.tol(head, X)[1])
