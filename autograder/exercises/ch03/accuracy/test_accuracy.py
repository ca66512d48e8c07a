"""Hidden checks for `accuracy` (§3.6) against mx.metric.Accuracy."""

import numpy as np
import pytest

from autograder.exercises.ch03.accuracy import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch03.accuracy import public as ex

pytestmark = pytest.mark.exercise("accuracy")


def case(rng, n=40, q=5, dtype="float32"):
    scores = rng.normal(size=(n, q)).astype("float32")
    labels = rng.integers(0, q, size=n)
    labels[: n // 2] = scores[: n // 2].argmax(axis=1)  # at least half right
    labels[n // 2] = (scores[n // 2].argmax() + 1) % q  # and at least one wrong
    return scores, labels.astype(dtype)


def score(student, y_hat, y, labels):
    got = student.accuracy(y_hat, y)
    name = "accuracy(y_hat, y)" + (" with int32 labels" if labels == "int" else "")
    fail_if(ex.not_a_number(got, name))
    fail_if(ex.wrong_fraction(got, ref.accuracy(y_hat, y), len(y), labels))


@pytest.mark.points(0.5)
def test_matches_metric(student, rng):
    """matches mx.metric.Accuracy as a fraction between 0 and 1."""
    for y_hat, y in (case(np.random.default_rng(307)), case(rng)):
        score(student, y_hat, y, "float")


@pytest.mark.points(0.5)
def test_integer_labels(student, rng):
    """accepts integer labels as well as float labels."""
    for y_hat, y in (case(np.random.default_rng(308), n=30, q=3, dtype="int32"),
                     case(rng, n=30, q=3, dtype="int32")):
        score(student, y_hat, y, "int")
