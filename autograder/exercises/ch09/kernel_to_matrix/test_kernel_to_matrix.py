"""Hidden checks for `kernel_to_matrix` (§9.10): W against nd.Convolution of the basis
images, W @ x against nd.Convolution and W.T @ y against nd.Deconvolution."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch09.kernel_to_matrix import reference as ref
from autograder.testing import as_numpy, expect_close, fail_if
from d2l.selfcheck.ch09.kernel_to_matrix import public as ex

pytestmark = pytest.mark.exercise("kernel_to_matrix")


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch09/{key}".encode()))


def matrix_of(student, K, shape):
    got = student.call("kernel_to_matrix", K, shape).value
    fail_if(ex.diagnose(got, K, shape))
    expect_close(got, ref.kernel_to_matrix(K, shape),
                 f"kernel_to_matrix(K, {shape}) of a {K.shape} kernel", *ex.tol(K))
    return as_numpy(got)


@pytest.mark.points(0.5)
def test_book_example(student):
    """gives the book's (4, 16) matrix for its 3 x 3 kernel arange(1, 10) on a 4 x 4 input."""
    K = np.arange(1, 10, dtype="float32").reshape(3, 3)
    got = student.call("kernel_to_matrix", K, (4, 4)).value
    fail_if(ex.diagnose(got, K, (4, 4)))
    expect_close(got, ref.book_W(), "kernel_to_matrix(K, (4, 4))", *ex.tol(K))


@pytest.mark.points(0.5)
def test_matches_convolution(student, rng):
    """W @ X.reshape(-1) is nd.Convolution's output, flattened, for rectangular inputs and
    kernels."""
    for r, shape, k_shape in [(fixed_rng("kernel_to_matrix/conv"), (4, 6), (2, 3)),
                              (rng, (5, 3), (3, 1)), (rng, (3, 4), (3, 4))]:
        K = r.normal(size=k_shape).astype("float32")
        X = r.normal(size=shape).astype("float32")
        W = matrix_of(student, K, shape)
        expect_close(W @ X.reshape(-1), ref.conv(X, K).reshape(-1), "W @ X.reshape(-1)",
                     1e-5, 1e-5)


@pytest.mark.points(0.5)
def test_transpose_is_transposed_convolution(student, rng):
    """W.T @ Y.reshape(-1) is nd.Deconvolution's output (the transposed convolution of Y
    with K), flattened."""
    for r, shape, k_shape in [(fixed_rng("kernel_to_matrix/transpose"), (5, 4), (2, 2)),
                              (rng, (5, 4), (3, 2))]:
        K = r.normal(size=k_shape).astype("float32")
        W = matrix_of(student, K, shape)
        Y = r.normal(size=(shape[0] - k_shape[0] + 1, shape[1] - k_shape[1] + 1)).astype(
            "float32")
        expect_close(W.T @ Y.reshape(-1), ref.deconv(Y, K).reshape(-1), "W.T @ Y.reshape(-1)",
                     1e-5, 1e-5)
