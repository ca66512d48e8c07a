"""Hidden checks for `cross_entropy` (§3.6) against gluon.loss.SoftmaxCrossEntropyLoss."""

import numpy as np
import pytest

from autograder.exercises.ch03.cross_entropy import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch03.cross_entropy import public as ex

pytestmark = pytest.mark.exercise("cross_entropy")


def case(rng, n=6, q=4):
    logits = (rng.normal(size=(n, q)) * 2).astype("float32")
    labels = rng.integers(0, q, size=n).astype("float32")
    return ref.softmax(logits), labels, ref.cross_entropy_from_logits(logits, labels)


def fixed(n=6, q=4):
    """The same in every run; n != q, so picking along the wrong axis fails."""
    return case(np.random.default_rng(306), n, q)


def call(student, *args, **kwargs):
    return student.call("cross_entropy", *args, **kwargs)


@pytest.mark.points(0.5)
def test_matches_gluon_loss(student, rng):
    """equals SoftmaxCrossEntropyLoss on the logits, one loss per example."""
    for probs, labels, expected in (fixed(), case(rng)):
        got = call(student, probs, labels).value
        fail_if(ex.wrong_loss(got, probs, expected))
        expect_close(got, expected, "cross_entropy(y_hat, y)", ex.RTOL, ex.ATOL)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradient back to y_hat."""
    fixed_head = np.linspace(-1, 2, 5, dtype="float32")
    for (probs, labels, _), head in ((fixed(n=5, q=3), fixed_head),
                                     (case(rng, n=5, q=3), rng.normal(size=5).astype("float32"))):
        result = call(student, probs, labels, grad=[0], head_grad=head)
        # the gradient -head / p is as exact as p, relatively
        expect_close(result.grads[0], ref.cross_entropy_grad(probs, labels, head),
                     "the gradient with respect to y_hat", 1e-5, 1e-6)
