"""Hidden checks for `linreg` (§3.2) against a Gluon Dense(1) layer."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("linreg")


def inputs(rng, n=6, d=4):
    X = rng.normal(size=(n, d)).astype("float32")
    w = rng.normal(size=(d, 1)).astype("float32")
    b = (rng.normal(size=(1,)) + 2).astype("float32")
    return X, w, b


HINTS = [("dot shape error", "X has shape (n, d) and w has shape (d, 1) already: "
                            "nd.dot(X, w), without transposing w")]


@pytest.mark.points(0.5)
def test_matches_dense_layer(student, rng):
    """matches a Gluon Dense(1) layer holding w and b."""
    X, w, b = inputs(rng)
    got = student.linreg(X, w, b)
    expected = ref.linreg(X, w, b)
    arr = as_numpy(got)
    if arr is not None and arr.shape == expected.shape and np.allclose(arr, expected - b, 1e-4):
        fail("the result is X w without the bias: add b")
    if arr is not None and arr.shape == (len(X),) and np.allclose(arr, expected.ravel(), 1e-4):
        fail(f"the values are right but the predictions have shape {arr.shape}: return shape "
             f"(n, 1) = {expected.shape}, as nd.dot(X, w) + b does")
    expect_close(got, expected, "linreg(X, w, b)", rtol=1e-4, atol=1e-5)


@pytest.mark.points(0.5)
def test_gradients(student, rng):
    """passes the right gradients to X, w and b through autograd."""
    X, w, b = inputs(rng, n=5, d=3)
    head = rng.normal(size=(5, 1)).astype("float32")
    result = student.call("linreg", X, w, b, grad=[0, 1, 2], head_grad=head)
    expected = ref.linreg_grads(X, w, b, head)
    grads = [as_numpy(g) for g in result.grads]
    if all(g is not None and not g.any() for g in grads[:2]) and expected[1].any():
        fail("no gradient reaches X and w (their gradients are all 0): X w was computed "
             "outside autograd (NumPy, .asnumpy() or nd.array(...)); use nd.dot(X, w)")
    for got, want, name in zip(result.grads, expected, "Xwb"):
        expect_close(got, want, f"the gradient with respect to {name}", rtol=1e-4,
                     atol=1e-5)
