"""Hidden checks for `rnn` (§6.4) against gluon.rnn.RNN(activation='tanh') and a Dense layer.

The book's parameters are loaded into MXNet's fused layer (weights transposed, the book's
bias as i2h_bias, h2h_bias 0); gradients come from autograd through that layer.
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

pytestmark = pytest.mark.exercise("rnn")


@pytest.mark.points(1)
def test_outputs(student, rng):
    """matches gluon.rnn.RNN(activation='tanh') and a dense layer, step by step (one step too)."""
    for problem in output_problems("rnn", rng):
        check_outputs(student, problem)


@pytest.mark.points(0.5)
def test_final_state(student, rng):
    """returns the state after the last step as a tuple (H,)."""
    for problem in state_problems("rnn", rng):
        check_state(student, problem)


@pytest.mark.points(0.5)
def test_gradients(student, rng):
    """passes the right gradients to the initial state and every parameter over 4 steps."""
    for problem in gradient_problems("rnn", rng):
        check_gradients(student, problem)
