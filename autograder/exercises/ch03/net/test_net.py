"""Hidden checks for the MLP `net` (§3.9) against Gluon Dense layers.

The check sets the global parameters the book's `net` reads and swaps in a correct `relu`,
so a mistake in the student's `relu` costs points only once.
"""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("net")


def model(rng, inputs=12, hiddens=7, outputs=5):
    """The globals the notebook's parameter cell defines, at a smaller size."""
    m = {"num_inputs": inputs, "num_hiddens": hiddens, "num_outputs": outputs,
         "W1": rng.normal(scale=0.5, size=(inputs, hiddens)).astype("float32"),
         "b1": rng.normal(scale=0.5, size=(hiddens,)).astype("float32"),
         "W2": rng.normal(scale=0.5, size=(hiddens, outputs)).astype("float32"),
         "b2": rng.normal(scale=0.5, size=(outputs,)).astype("float32")}
    m["params"] = list(params(m))  # a correct net may read its weights from this list
    return m


def params(m):
    return m["W1"], m["b1"], m["W2"], m["b2"]


HINTS = [("dot shape error", "flatten each example to a row first: "
                            "X.reshape((-1, num_inputs))"),
         ("reshape", "reshape with the global num_inputs, not a fixed number such as 784")]


def call(student, X, m, **kwargs):
    return student.call("net", X, globals=m, stand_ins={"relu": "relu"}, **kwargs)


@pytest.mark.points(1)
def test_matches_dense_layers(student, rng):
    """matches Dense(num_hiddens, 'relu') then Dense(num_outputs), on image-shaped input."""
    m = model(rng)
    X = rng.normal(size=(4, 1, 3, 4)).astype("float32")
    got = call(student, X, m).value
    expected = ref.mlp(X, *params(m))
    arr = as_numpy(got)
    if arr is not None and arr.shape == expected.shape:
        if np.allclose(arr, np.maximum(expected, 0), rtol=1e-4, atol=1e-5):
            fail("relu was applied to the output layer: return the output scores without "
                 "an activation (softmax belongs to the loss)")
        flat = X.reshape(len(X), -1)
        linear = (flat @ m["W1"] + m["b1"]) @ m["W2"] + m["b2"]
        if np.allclose(arr, linear, rtol=1e-4, atol=1e-5):
            fail("the hidden layer has no relu")
        shifted = np.exp(expected - expected.max(axis=1, keepdims=True))
        if np.allclose(arr, shifted / shifted.sum(axis=1, keepdims=True), rtol=1e-4, atol=1e-5):
            fail("the output went through softmax: return the scores O = H W2 + b2; softmax "
                 "belongs to the loss")
    expect_close(got, expected, "net(X)", rtol=1e-4, atol=1e-5)


@pytest.mark.points(1)
def test_gradient(student, rng):
    """passes the right gradient back to the input through both layers."""
    m = model(rng, inputs=6, hiddens=5, outputs=3)
    X = rng.normal(size=(3, 6)).astype("float32")
    head = rng.normal(size=(3, 3)).astype("float32")
    result = call(student, X, m, grad=[0], head_grad=head)
    expect_close(result.grads[0], ref.mlp_grad_X(X, *params(m), head),
                 "the gradient with respect to X", rtol=1e-4, atol=1e-5)
