"""Reference `rnn`: the book's parameters in ``gluon.rnn.RNN(activation='tanh')`` and a Dense
output layer (weights transposed, the book's bias as i2h_bias, h2h_bias 0); gradients come
from autograd through those layers."""

from autograder.exercises.ch06 import _models


def rnn(inputs, state, params, heads=None):
    """``(outputs, state)``, and with ``heads`` also the gradients of the state and the
    parameters (see ``_models.run_gluon``)."""
    return _models.run_gluon("rnn", inputs, state, params, heads)


def public_cases(rng):
    return _models.record_cases("rnn", rng, rnn)
