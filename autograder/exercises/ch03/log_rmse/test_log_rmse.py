"""Hidden checks for `log_rmse` (§3.16) against the book's formula on a Gluon Dense net."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import Dense, as_numpy, describe, expect, fail

pytestmark = pytest.mark.exercise("log_rmse")


def value_of(student, weight, bias, features, labels):
    got = student.log_rmse(Dense(weight, bias), features, labels)
    arr = as_numpy(got)
    if arr is None or arr.size != 1:
        fail(f"log_rmse should return one number (a Python float), got {describe(got)}")
    return float(arr.ravel()[0])


def case(rng, n=30, d=4, negative=False):
    features = rng.normal(size=(n, d)).astype("float32")
    weight = rng.normal(scale=20000, size=(1, d)).astype("float32")
    bias = np.array([180000.0 if not negative else 10000.0], dtype="float32")
    labels = rng.uniform(50000, 400000, size=(n, 1)).astype("float32")
    if negative:
        features[: n // 3] *= 50  # some predictions far below 1
    return weight, bias, features, labels


@pytest.mark.points(0.5)
def test_value(student, rng):
    """is the RMSE between log predictions and log labels."""
    weight, bias, features, labels = case(rng)
    got, expected = value_of(student, weight, bias, features, labels), ref.log_rmse(
        weight, bias, features, labels)
    preds = np.maximum(features @ weight.T + bias, 1).astype("float64")
    pairs = np.log(preds).reshape(-1, 1) - np.log(labels.astype("float64")).reshape(1, -1)
    for wrong, hint in [(expected**2, "the square root is missing"),
                        (float(np.sqrt((pairs**2).mean())),
                         "predictions (n, 1) and labels of shape (n,) broadcast to an (n, n) "
                         "matrix: keep both of shape (n, 1)"),
                        (expected / np.sqrt(2), "L2Loss is half the squared error: multiply "
                                                "by 2 before the square root")]:
        if np.isclose(got, wrong, rtol=1e-3) and not np.isclose(got, expected, rtol=1e-3):
            fail(f"log_rmse = {got:.6g}, expected {expected:.6g}: {hint}")
    expect(np.isclose(got, expected, rtol=1e-3),
           f"log_rmse = {got:.6g}, expected {expected:.6g}")


@pytest.mark.points(0.5)
def test_clips_predictions(student, rng):
    """clips predictions below 1 before taking the logarithm."""
    weight, bias, features, labels = case(rng, negative=True)
    got, expected = value_of(student, weight, bias, features, labels), ref.log_rmse(
        weight, bias, features, labels)
    if not np.isfinite(got):
        fail("log_rmse is NaN or inf when some predictions are below 1: clip them with "
             "nd.clip(net(features), 1, float('inf')) before the log")
    expect(np.isclose(got, expected, rtol=1e-3),
           f"with some predictions below 1, log_rmse = {got:.6g}, expected {expected:.6g} "
           "(clip predictions to at least 1)")
