"""Hidden checks for the MLP `net` (§3.9) against Gluon Dense layers.

The check sets the global parameters the book's `net` reads and swaps in a correct `relu`,
so a mistake in the student's `relu` costs points only once.
"""

import numpy as np
import pytest

from autograder.exercises.ch03.net import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch03.net import public as ex

pytestmark = pytest.mark.exercise("net")


def params(rng, inputs, hiddens, outputs):
    return (rng.normal(scale=0.5, size=(inputs, hiddens)).astype("float32"),
            rng.normal(scale=0.5, size=(hiddens,)).astype("float32"),
            rng.normal(scale=0.5, size=(hiddens, outputs)).astype("float32"),
            rng.normal(scale=0.5, size=(outputs,)).astype("float32"))


def models(rng, inputs, hiddens, outputs):
    """The same parameters in every run (some hidden units and some outputs negative, so a
    missing or extra relu shows), then drawn ones."""
    return [params(np.random.default_rng(310), inputs, hiddens, outputs),
            params(rng, inputs, hiddens, outputs)]


def call(student, X, W, **kwargs):
    return student.call("net", X, globals=ex.model_globals(*W), stand_ins={"relu": "relu"},
                        **kwargs)


@pytest.mark.points(1)
def test_matches_dense_layers(student, rng):
    """matches Dense(num_hiddens, 'relu') then Dense(num_outputs), on image-shaped input."""
    fixed_X = np.random.default_rng(311).normal(size=(4, 1, 3, 4)).astype("float32")
    for W, X in zip(models(rng, 12, 7, 5),
                    (fixed_X, rng.normal(size=(4, 1, 3, 4)).astype("float32"))):
        got = call(student, X, W).value
        expected = ref.mlp(X, *W)
        tol = ex.tolerance(X, *W)
        fail_if(ex.wrong_layers(got, X, *W, expected, tol))
        expect_close(got, expected, "net(X)", *tol)


@pytest.mark.points(1)
def test_gradient(student, rng):
    """passes the right gradient back to the input through both layers."""
    fixed = np.random.default_rng(312)
    fixed_X, fixed_head = (fixed.normal(size=(3, k)).astype("float32") for k in (6, 3))
    for W, X, head in zip(models(rng, 6, 5, 3),
                          (fixed_X, rng.normal(size=(3, 6)).astype("float32")),
                          (fixed_head, rng.normal(size=(3, 3)).astype("float32"))):
        result = call(student, X, W, grad=[0], head_grad=head)
        expect_close(result.grads[0], ref.mlp_grad_X(X, *W, head),
                     "the gradient with respect to X", *ex.tolerance(X, *W, head))
