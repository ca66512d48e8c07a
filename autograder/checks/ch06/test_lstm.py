"""Hidden checks for `lstm` (§6.8) against gluon.rnn.LSTM and a Dense layer.

The book's parameters (gates i, f, o, then the candidate cell c) are loaded into MXNet's
fused layer in its gate order i, f, c, o (weights transposed, the book's biases as
i2h_bias, h2h_bias 0); gradients come from autograd through that layer.
"""

import pytest

from ._recurrent import Problem, expect_gradients, expect_outputs, expect_state, hints, run

pytestmark = pytest.mark.exercise("lstm")

HINTS = hints("lstm")


@pytest.mark.points(1.5)
def test_outputs(student, rng):
    """matches gluon.rnn.LSTM and a dense output layer, step by step."""
    problem = Problem(rng, "lstm")
    outputs, _, _ = run(student, problem)
    expect_outputs(problem, outputs)


@pytest.mark.points(0.5)
def test_final_state(student, rng):
    """returns the state after the last step as the tuple (H, C)."""
    problem = Problem(rng, "lstm", onehot=True)
    _, state, _ = run(student, problem)
    expect_state(problem, state)


@pytest.mark.points(1)
def test_gradients(student, rng):
    """passes the right gradients to the initial (H, C) and all 14 parameters over 4 steps."""
    expect_gradients(student, Problem(rng, "lstm", num_steps=4, onehot=True), rng)
