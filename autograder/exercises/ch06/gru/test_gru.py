"""Hidden checks for `gru` (§6.7): the book's formula, with the reset gate applied to the
state before the matmul, (R * H) W_hh.

MXNet's gluon.rnn.GRU applies the reset gate after the matmul, R * (H W_hh), so the
reference is the book's formula built from MXNet operators (nd.dot, nd.sigmoid, nd.tanh),
with gradients from autograd through it. An answer whose outputs match gluon.rnn.GRU itself
(the book's parameters mapped into MXNet's gate order [r, z, n]) is told that it computes
MXNet's form.
"""

import pytest

from autograder.exercises.ch06._recurrent import (
    check_gradients,
    check_outputs,
    check_state,
    gradient_problems,
    output_problems,
    state_problems,
)

pytestmark = pytest.mark.exercise("gru")


@pytest.mark.points(1.5)
def test_outputs(student, rng):
    """matches the book's GRU (reset gate before the matmul), step by step (also for one step)."""
    for problem in output_problems("gru", rng):
        check_outputs(student, problem)


@pytest.mark.points(0.5)
def test_final_state(student, rng):
    """returns the state after the last step as a tuple (H,)."""
    for problem in state_problems("gru", rng):
        check_state(student, problem)


@pytest.mark.points(1)
def test_gradients(student, rng):
    """passes the right gradients to the initial state and all 11 parameters over 4 steps."""
    for problem in gradient_problems("gru", rng):
        check_gradients(student, problem)
