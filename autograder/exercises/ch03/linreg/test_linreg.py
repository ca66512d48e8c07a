"""Hidden checks for `linreg` (§3.2) against a Gluon Dense(1) layer."""

import numpy as np
import pytest

from autograder.exercises.ch03.linreg import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch03.linreg import public as ex

pytestmark = pytest.mark.exercise("linreg")


def fixed(n=6, d=4):
    """The same inputs in every run; the bias is far from 0, so leaving it out shows."""
    rng = np.random.default_rng(302)
    return (rng.normal(size=(n, d)).astype("float32"),
            rng.normal(size=(d, 1)).astype("float32"), np.array([2.5], dtype="float32"))


def drawn(rng, n=6, d=4):
    X = rng.normal(size=(n, d)).astype("float32")
    w = rng.normal(size=(d, 1)).astype("float32")
    sign = 1.0 if rng.random() < 0.5 else -1.0
    b = np.array([sign * rng.uniform(1, 3)], dtype="float32")  # |b| >= 1: no bias shows
    return X, w, b


@pytest.mark.points(0.5)
def test_matches_dense_layer(student, rng):
    """matches a Gluon Dense(1) layer holding w and b."""
    for X, w, b in (fixed(), drawn(rng)):
        got, expected = student.linreg(X, w, b), ref.linreg(X, w, b)
        tol = ex.tolerance(X, w, b)
        fail_if(ex.wrong_output(got, expected, b, tol))
        expect_close(got, expected, "linreg(X, w, b)", *tol)


@pytest.mark.points(0.5)
def test_gradients(student, rng):
    """passes the right gradients to X, w and b through autograd."""
    fixed_head = np.linspace(-1, 2, 5, dtype="float32").reshape(5, 1)
    for (X, w, b), head in ((fixed(n=5, d=3), fixed_head),
                            (drawn(rng, n=5, d=3), rng.normal(size=(5, 1)).astype("float32"))):
        result = student.call("linreg", X, w, b, grad=[0, 1, 2], head_grad=head)
        expected = ref.linreg_grads(X, w, b, head)
        fail_if(ex.no_gradient(result.grads, expected))
        for got, want, name in zip(result.grads, expected, "Xwb"):
            expect_close(got, want, f"the gradient with respect to {name}",
                         *ex.tolerance(X, w, b, head))
