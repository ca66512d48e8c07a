"""Hidden checks for `gru` (§6.7): the book's formula, with the reset gate applied to the
state before the matmul, (R * H) W_hh.

MXNet's gluon.rnn.GRU applies the reset gate after the matmul, R * (H W_hh), so the
reference is the book's formula built from MXNet operators (nd.dot, nd.sigmoid, nd.tanh),
with gradients from autograd through it. An answer whose outputs match gluon.rnn.GRU itself
(the book's parameters mapped into MXNet's gate order [r, z, n]) is told that it computes
MXNet's form.
"""

import pytest

from ._recurrent import Problem, expect_gradients, expect_outputs, expect_state, hints, run

pytestmark = pytest.mark.exercise("gru")

HINTS = hints("gru")


@pytest.mark.points(1.5)
def test_outputs(student, rng):
    """matches the book's GRU (reset gate before the matmul), step by step."""
    problem = Problem(rng, "gru")
    outputs, _, _ = run(student, problem)
    expect_outputs(problem, outputs)


@pytest.mark.points(0.5)
def test_final_state(student, rng):
    """returns the state after the last step as a tuple (H,)."""
    problem = Problem(rng, "gru", onehot=True)
    _, state, _ = run(student, problem)
    expect_state(problem, state)


@pytest.mark.points(1)
def test_gradients(student, rng):
    """passes the right gradients to the initial state and all 11 parameters over 4 steps."""
    expect_gradients(student, Problem(rng, "gru", num_steps=4, onehot=True), rng)
