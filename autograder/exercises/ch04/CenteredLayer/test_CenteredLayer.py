"""Hidden checks for `CenteredLayer()` (§4.4) against the book's layer, x - x.mean(): the
output on 1-D and 2-D inputs with a nonzero mean, and the gradient for a random head
gradient (head - mean(head); the mean must take part in autograd)."""

import pytest

from autograder.exercises.ch04._book import BookCenteredLayer, fixed_rng
from autograder.exercises.ch05._blocks import Reference, run_block
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch04.CenteredLayer import public as ex

pytestmark = pytest.mark.exercise("CenteredLayer")


def inputs(rng):
    r = fixed_rng("CenteredLayer")
    return [r.normal(size=(5,)) + 3, r.normal(size=(4, 8)) + 1,
            rng.normal(size=(int(rng.integers(2, 6)), int(rng.integers(2, 6)))) - 2]


@pytest.mark.points(1)
def test_forward(student, rng):
    """it subtracts the mean of all the input's elements: x - x.mean()."""
    for X in inputs(rng):
        X = X.astype("float32")
        result = run_block(student, "CenteredLayer", X=X)
        fail_if(ex.centered_problem(X, result.value))
        expect_close(result.value, Reference(BookCenteredLayer(), X).forward([]),
                     "the output of CenteredLayer()", 1e-4, 1e-5)


@pytest.mark.points(1)
def test_gradient(student, rng):
    """the gradient flows through the mean too: for a head gradient h, x's gradient is
    h - mean(h)."""
    for X in inputs(rng)[1:]:
        X = X.astype("float32")
        head = rng.normal(size=X.shape).astype("float32")
        result = run_block(student, "CenteredLayer", X=X, grad=True, head_grad=head)
        fail_if(ex.gradient_problem(head, result.grads[0] if result.grads else None))
