"""Hidden checks for `corr2d_multi_in_out_1x1` (§5.3): a matrix product that must equal
nd.Convolution with 1x1 kernels."""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("corr2d_multi_in_out_1x1")

HINTS = [("dot shape error", "view X as a (c_i, h * w) matrix and K as a (c_o, c_i) matrix, "
                             "then nd.dot(K, X) is (c_o, h * w)")]


def diagnose(got, X, K):
    arr = as_numpy(got)
    expected = ref.corr2d_multi_in_out(X, K)
    if arr is None or arr.shape != expected.shape:
        return
    c_i, h, w = X.shape
    c_o = K.shape[0]
    scrambled = (X.reshape(h * w, c_i) @ K.reshape(c_o, c_i).T).T.reshape(c_o, h, w)
    if np.allclose(arr, scrambled, rtol=1e-4, atol=1e-4):
        fail("X.reshape((h * w, c_i)) does not give one row per pixel (reshape keeps the "
             "memory order, channel by channel): use X.reshape((c_i, h * w)), one column per "
             "pixel, and nd.dot(K, X)")


@pytest.mark.points(0.5)
def test_matches_convolution(student, rng):
    """equals nd.Convolution with 1x1 kernels, for several channel counts."""
    for c_o, c_i, h, w in [(2, 3, 3, 3), (4, 2, 5, 3), (1, 5, 2, 6)]:
        X = rng.normal(size=(c_i, h, w)).astype("float32")
        K = rng.normal(size=(c_o, c_i, 1, 1)).astype("float32")
        got = student.call("corr2d_multi_in_out_1x1", X, K).value
        diagnose(got, X, K)
        expect_close(got, ref.corr2d_multi_in_out(X, K),
                     f"corr2d_multi_in_out_1x1 of a {X.shape} input with {K.shape} kernels",
                     rtol=1e-4, atol=1e-4)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients back to X and K."""
    X = rng.normal(size=(3, 4, 2)).astype("float32")
    K = rng.normal(size=(2, 3, 1, 1)).astype("float32")
    head = rng.normal(size=(2, 4, 2)).astype("float32")
    result = student.call("corr2d_multi_in_out_1x1", X, K, grad=[0, 1], head_grad=head)
    grad_X, grad_K = ref.corr2d_multi_in_out_grads(X, K, head)
    expect_close(result.grads[0], grad_X, "the gradient with respect to X", rtol=1e-4,
                 atol=1e-4)
    expect_close(result.grads[1], np.asarray(grad_K), "the gradient with respect to K",
                 rtol=1e-4, atol=1e-4)
