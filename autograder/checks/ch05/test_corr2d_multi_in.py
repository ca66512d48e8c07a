"""Hidden checks for `corr2d_multi_in` (§5.3) against nd.Convolution with one output
channel; the student's `corr2d` is replaced by a correct one."""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("corr2d_multi_in")

STAND_INS = {"corr2d": "corr2d"}


def diagnose(got, X, K):
    arr = as_numpy(got)
    expected = ref.corr2d_multi_in(X, K)
    if arr is None:
        return
    per_channel = np.stack([ref.corr2d(x, k) for x, k in zip(X, K)])
    if arr.shape == per_channel.shape and np.allclose(arr, per_channel, rtol=1e-4, atol=1e-4):
        fail(f"it returns one map per input channel, shape {arr.shape}: add the "
             f"{len(X)} maps up (nd.add_n) into one of shape {expected.shape}")
    if len(X) > 1 and arr.shape == expected.shape and np.allclose(arr, expected / len(X),
                                                                  rtol=1e-4, atol=1e-4):
        fail("it averages the channels' cross-correlations: add them up instead")
    if len(X) > 1 and arr.shape == expected.shape and np.allclose(
            arr, ref.corr2d(X[0], K[0]), rtol=1e-4, atol=1e-4):
        fail(f"only channel 0 is used: add the cross-correlations of all {len(X)} channels, "
             "channel i of X with K[i]")


@pytest.mark.points(0.5)
def test_matches_convolution(student, rng):
    """sums the channels' cross-correlations like nd.Convolution."""
    for c_i, x_hw, k_hw in [(2, (4, 5), (2, 3)), (3, (5, 5), (3, 3)), (1, (3, 4), (2, 2))]:
        X = rng.normal(size=(c_i, *x_hw)).astype("float32")
        K = rng.normal(size=(c_i, *k_hw)).astype("float32")
        got = student.call("corr2d_multi_in", X, K, stand_ins=STAND_INS).value
        diagnose(got, X, K)
        expect_close(got, ref.corr2d_multi_in(X, K),
                     f"corr2d_multi_in of a {X.shape} input with {K.shape} kernels",
                     rtol=1e-4, atol=1e-4)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients back to X and K."""
    X = rng.normal(size=(3, 5, 4)).astype("float32")
    K = rng.normal(size=(3, 2, 2)).astype("float32")
    head = rng.normal(size=(4, 3)).astype("float32")
    result = student.call("corr2d_multi_in", X, K, grad=[0, 1], head_grad=head,
                          stand_ins=STAND_INS)
    grad_X, grad_K = ref.corr2d_multi_in_grads(X, K, head)
    expect_close(result.grads[0], grad_X, "the gradient with respect to X", rtol=1e-4,
                 atol=1e-4)
    expect_close(result.grads[1], grad_K, "the gradient with respect to K", rtol=1e-4,
                 atol=1e-4)
