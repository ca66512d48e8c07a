"""Hidden checks for `lstm` (§6.8) against gluon.rnn.LSTM and a Dense layer.

The book's parameters (gates i, f, o, then the candidate cell c) are loaded into MXNet's
fused layer in its gate order i, f, c, o (weights transposed, the book's biases as
i2h_bias, h2h_bias 0); gradients come from autograd through that layer.
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

pytestmark = pytest.mark.exercise("lstm")


@pytest.mark.points(1.5)
def test_outputs(student, rng):
    """matches gluon.rnn.LSTM and a dense output layer, step by step (also for one step)."""
    for problem in output_problems("lstm", rng):
        check_outputs(student, problem)


@pytest.mark.points(0.5)
def test_final_state(student, rng):
    """returns the state after the last step as the tuple (H, C)."""
    for problem in state_problems("lstm", rng):
        check_state(student, problem)


@pytest.mark.points(1)
def test_gradients(student, rng):
    """passes the right gradients to the initial (H, C) and all 14 parameters over 4 steps."""
    for problem in gradient_problems("lstm", rng):
        check_gradients(student, problem)
