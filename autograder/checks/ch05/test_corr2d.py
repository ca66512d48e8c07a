"""Hidden checks for `corr2d` (§5.1) against nd.Convolution, gradients included.

MXNet's convolution is a cross-correlation: the kernel is not flipped.
"""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("corr2d")

HINTS = [("Inplace operations", "autograd cannot record item assignment such as "
                                "Y[i, j] = ...: build Y from whole-array operations, for "
                                "example the sum over the kernel's entries of "
                                "K[a, b] * X[a:a + h_out, b:b + w_out]")]


def diagnose(got, X, K):
    """Name the usual mistakes: a flipped kernel, an output one row or column short, the
    kernel's height and width swapped."""
    arr = as_numpy(got)
    if arr is None:
        return
    (h, w), (kh, kw) = X.shape, K.shape
    if arr.shape == (h - kh + 1, w - kw + 1):
        flipped = ref.corr2d(X, K[::-1, ::-1])
        if np.allclose(arr, flipped, rtol=1e-4, atol=1e-4) and not np.allclose(
                flipped, ref.corr2d(X, K), rtol=1e-4, atol=1e-4):
            fail("the kernel is flipped: that is the convolution of signal processing. "
                 "Convolution layers in deep learning (nd.Convolution, nn.Conv2D) compute "
                 "the cross-correlation Y[i, j] = sum over a, b of X[i + a, j + b] * K[a, b], "
                 "without turning K around")
    elif arr.shape == (h - kh, w - kw):
        fail(f"corr2d of a {X.shape} input with a {K.shape} kernel gave shape {arr.shape}: "
             "off by one, the output has n_h - k_h + 1 rows and n_w - k_w + 1 columns")
    elif kh != kw and arr.shape == (h - kw + 1, w - kh + 1):
        fail(f"the output has shape {arr.shape}: the kernel's height and width are swapped "
             "(K has k_h = K.shape[0] rows and k_w = K.shape[1] columns)")


def check(student, X, K):
    got = student.call("corr2d", X, K).value
    diagnose(got, X, K)
    expect_close(got, ref.corr2d(X, K), f"corr2d of a {X.shape} input with a {K.shape} kernel",
                 rtol=1e-4, atol=1e-5)


@pytest.mark.points(0.75)
def test_matches_convolution(student, rng):
    """matches nd.Convolution (a cross-correlation) on random inputs and kernels."""
    for x_shape, k_shape in [((6, 7), (2, 3)), ((5, 5), (3, 3))]:
        check(student, rng.normal(size=x_shape).astype("float32"),
              rng.normal(size=k_shape).astype("float32"))


@pytest.mark.points(0.5)
def test_other_shapes(student, rng):
    """handles one-row kernels, 1x1 kernels and kernels as large as the input."""
    for x_shape, k_shape in [((6, 8), (1, 2)), ((4, 3), (1, 1)), ((3, 4), (3, 4)),
                             ((7, 4), (3, 1))]:
        check(student, rng.normal(size=x_shape).astype("float32"),
              rng.normal(size=k_shape).astype("float32"))


@pytest.mark.points(0.75)
def test_gradient(student, rng):
    """autograd differentiates it, with nd.Convolution's gradients for X and K."""
    X = rng.normal(size=(6, 5)).astype("float32")
    K = rng.normal(size=(3, 2)).astype("float32")
    head = rng.normal(size=(4, 4)).astype("float32")
    # A forward call first: a forbidden operator is reported before its backward pass runs
    # (MXNet 1.9.1's nd.Deconvolution backward breaks the worker process for later calls).
    student.call("corr2d", X, K)
    result = student.call("corr2d", X, K, grad=[0, 1], head_grad=head)
    grad_X, grad_K = ref.corr2d_grads(X, K, head)
    expect_close(result.grads[0], grad_X, "the gradient with respect to X", rtol=1e-4,
                 atol=1e-4)
    expect_close(result.grads[1], grad_K, "the gradient with respect to K", rtol=1e-4,
                 atol=1e-4)
