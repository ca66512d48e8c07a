"""Hidden checks for `corr2d_multi_in_out` (§5.3) against nd.Convolution with weights
(c_o, c_i, kh, kw); correct `corr2d` and `corr2d_multi_in` stand in for the student's."""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("corr2d_multi_in_out")

STAND_INS = {"corr2d": "corr2d", "corr2d_multi_in": "corr2d_multi_in"}


def diagnose(got, X, K):
    arr = as_numpy(got)
    expected = ref.corr2d_multi_in_out(X, K)
    if arr is None or arr.shape == expected.shape:
        return
    c_o, h, w = expected.shape
    if arr.shape == (c_o * h, w):
        fail(f"the result has shape {arr.shape}: nd.concat joins the maps along their "
             f"existing first axis; nd.stack puts them along a new axis, shape {expected.shape}")
    if arr.shape == (h, w):
        fail(f"the result has shape {arr.shape}, one map: there should be one map per output "
             f"channel, stacked into shape {expected.shape} (do not add them up)")


@pytest.mark.points(0.5)
def test_matches_convolution(student, rng):
    """gives one output channel per kernel K[j], like nd.Convolution."""
    for c_o, c_i, x_hw, k_hw in [(3, 2, (4, 5), (2, 2)), (2, 3, (5, 4), (1, 3)),
                                 (1, 1, (3, 3), (2, 2))]:
        X = rng.normal(size=(c_i, *x_hw)).astype("float32")
        K = rng.normal(size=(c_o, c_i, *k_hw)).astype("float32")
        got = student.call("corr2d_multi_in_out", X, K, stand_ins=STAND_INS).value
        diagnose(got, X, K)
        expect_close(got, ref.corr2d_multi_in_out(X, K),
                     f"corr2d_multi_in_out of a {X.shape} input with {K.shape} kernels",
                     rtol=1e-4, atol=1e-4)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients back to X and K."""
    X = rng.normal(size=(2, 4, 4)).astype("float32")
    K = rng.normal(size=(3, 2, 2, 2)).astype("float32")
    head = rng.normal(size=(3, 3, 3)).astype("float32")
    result = student.call("corr2d_multi_in_out", X, K, grad=[0, 1], head_grad=head,
                          stand_ins=STAND_INS)
    grad_X, grad_K = ref.corr2d_multi_in_out_grads(X, K, head)
    expect_close(result.grads[0], grad_X, "the gradient with respect to X", rtol=1e-4,
                 atol=1e-4)
    expect_close(result.grads[1], np.asarray(grad_K), "the gradient with respect to K",
                 rtol=1e-4, atol=1e-4)
