"""Hidden checks for `cross_entropy` (§3.6) against gluon.loss.SoftmaxCrossEntropyLoss."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("cross_entropy")


def case(rng, n=6, q=4):
    logits = (rng.normal(size=(n, q)) * 2).astype("float32")
    labels = rng.integers(0, q, size=n).astype("float32")
    return logits, ref.softmax(logits), labels


HINTS = [("shape", "y_hat has shape (n, q) and y shape (n,): pick along axis=1 (the default "
                  "of nd.pick), one entry per row")]


def call(student, *args, **kwargs):
    return student.call("cross_entropy", *args, **kwargs)


@pytest.mark.points(0.5)
def test_matches_gluon_loss(student, rng):
    """equals SoftmaxCrossEntropyLoss on the logits, one loss per example."""
    logits, probs, labels = case(rng)
    got = call(student, probs, labels).value
    expected = ref.cross_entropy_from_logits(logits, labels)
    arr = as_numpy(got)
    if arr is not None:
        if arr.size == 1:
            fail("the result is a single number: return the loss of each example, shape (n,)")
        flat = arr.ravel()
        if flat.shape == expected.shape:
            if np.allclose(flat, -expected, rtol=1e-4):
                fail("the sign is wrong: the loss is -log of the true class's probability")
            if np.allclose(flat, -np.log(probs).sum(axis=1), rtol=1e-4):
                fail("the loss sums -log over all classes: pick only the true class "
                     "(nd.pick(y_hat, y))")
    expect_close(got, expected, "cross_entropy(y_hat, y)", rtol=1e-4, atol=1e-5)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradient back to y_hat."""
    _, probs, labels = case(rng, n=5, q=3)
    head = rng.normal(size=(5,)).astype("float32")
    result = call(student, probs, labels, grad=[0], head_grad=head)
    expect_close(result.grads[0], ref.cross_entropy_grad(probs, labels, head),
                 "the gradient with respect to y_hat", rtol=1e-4, atol=1e-5)
