"""Hidden checks for `rnn` (§6.4) against gluon.rnn.RNN(activation='tanh') and a Dense layer.

The book's parameters are loaded into MXNet's fused layer (weights transposed, the book's
bias as i2h_bias, h2h_bias 0); gradients come from autograd through that layer.
"""

import pytest

from ._recurrent import Problem, expect_gradients, expect_outputs, expect_state, hints, run

pytestmark = pytest.mark.exercise("rnn")

HINTS = hints("rnn")


@pytest.mark.points(1)
def test_outputs(student, rng):
    """matches gluon.rnn.RNN(activation='tanh') and a dense output layer, step by step."""
    problem = Problem(rng, "rnn")
    outputs, _, _ = run(student, problem)
    expect_outputs(problem, outputs)


@pytest.mark.points(0.5)
def test_final_state(student, rng):
    """returns the state after the last step as a tuple (H,)."""
    problem = Problem(rng, "rnn", onehot=True)
    _, state, _ = run(student, problem)
    expect_state(problem, state)


@pytest.mark.points(0.5)
def test_gradients(student, rng):
    """passes the right gradients to the initial state and every parameter over 4 steps."""
    expect_gradients(student, Problem(rng, "rnn", num_steps=4, onehot=True), rng)
