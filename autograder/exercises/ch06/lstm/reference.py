"""Reference `lstm`: the book's parameters (gates i, f, o, then the candidate cell c) in
``gluon.rnn.LSTM`` (MXNet's gate order i, f, c, o; weights transposed, the book's biases as
i2h_bias, h2h_bias 0) and a Dense output layer; gradients from autograd through them."""

from autograder.exercises.ch06 import _models


def lstm(inputs, state, params, heads=None):
    """``(outputs, (H, C))``, and with ``heads`` also the gradients of the state and the
    parameters (see ``_models.run_gluon``)."""
    return _models.run_gluon("lstm", inputs, state, params, heads)


def public_cases(rng):
    return _models.record_cases("lstm", rng, lstm)
