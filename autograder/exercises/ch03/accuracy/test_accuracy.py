"""Hidden checks for `accuracy` (§3.6) against mx.metric.Accuracy."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, describe, expect, fail

pytestmark = pytest.mark.exercise("accuracy")


HINTS = [
    ("expected float32, got int", "argmax returns float32 and MXNet does not compare float32 "
                                  "with integer arrays: compare against y.astype('float32')"),
    ("could not be broadcast", "the predicted classes should have one entry per row, shape "
                               "(n,): take y_hat.argmax(axis=1), over the classes"),
]


def score(student, y_hat, y, name):
    got = student.accuracy(y_hat, y)
    arr = as_numpy(got)
    if arr is None or arr.size != 1:
        fail(f"{name} should be a single number (a Python float), got {describe(got)}")
    return float(arr.ravel()[0])


def case(rng, n=40, q=5, dtype="float32"):
    scores = rng.normal(size=(n, q)).astype("float32")
    labels = rng.integers(0, q, size=n)
    labels[: n // 2] = scores[: n // 2].argmax(axis=1)  # about half right
    return scores, labels.astype(dtype)


@pytest.mark.points(0.5)
def test_matches_metric(student, rng):
    """matches mx.metric.Accuracy as a fraction between 0 and 1."""
    y_hat, y = case(rng)
    got, expected = score(student, y_hat, y, "accuracy(y_hat, y)"), ref.accuracy(y_hat, y)
    if np.isclose(got, expected * len(y)):
        fail(f"accuracy returned {got:g}, the number of correct predictions: divide by the "
             f"number of examples ({len(y)}) to get the fraction {expected:g}")
    expect(np.isclose(got, expected, atol=1e-6),
           f"accuracy is {got:g}, expected {expected:g} (the fraction of rows whose largest "
           "entry is at the true label)")


@pytest.mark.points(0.5)
def test_integer_labels(student, rng):
    """accepts integer labels as well as float labels."""
    y_hat, y = case(rng, n=30, q=3, dtype="int32")
    got, expected = score(student, y_hat, y, "accuracy with int32 labels"), ref.accuracy(y_hat, y)
    expect(np.isclose(got, expected, atol=1e-6),
           f"with integer labels accuracy is {got:g}, expected {expected:g} (compare against "
           "y.astype('float32'))")
