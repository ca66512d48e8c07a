"""Hidden checks for `attention_model` (§10.11): the student's model is built and
initialized in the sandbox; its parameters are read back and loaded into the book's model
(Gluon Dense layers), whose scores the student's must equal."""

import pytest

from autograder.exercises.ch10.attention_model import reference as ref
from autograder.testing import as_numpy, expect_close, fail, fail_if
from d2l.selfcheck.ch10.attention_model import public as ex

pytestmark = pytest.mark.exercise("attention_model")

CONFIGS = [(4, (5, 3, 8)), (7, (2, 1, 6))]  # (attention_size, input shape)


def build(student, rng, size, shape):
    # Inputs of scale 3 push tanh well into its curved part, where a missing tanh shows.
    X = (rng.normal(size=shape) * 3).astype("float32")
    result = student.block("attention_model", size, input=X, seed=int(rng.integers(1 << 30)))
    params = [(str(name), as_numpy(value)) for name, value in result.params]
    out = as_numpy(result.value)
    return X, out, params


@pytest.mark.points(0.5)
def test_structure(student, rng):
    """two weights without bias, (attention_size, features) and (1, attention_size); scores
    of shape (num_steps, batch, 1)."""
    for size, shape in CONFIGS:
        X, out, params = build(student, rng, size, shape)
        fail_if(ex.structure([(n, v.shape) for n, v in params], size, shape[-1], shape,
                             None if out is None else out.shape))


@pytest.mark.points(0.5)
def test_scores(student, rng):
    """with its own initialized weights, scores like the book's model (tanh hidden layer)."""
    for size, shape in CONFIGS:
        X, out, params = build(student, rng, size, shape)
        weights = [v for n, v in params if n.endswith("weight")]
        if [w.shape for w in weights] != [(size, shape[-1]), (1, size)]:
            fail(ex.structure([(n, v.shape) for n, v in params], size, shape[-1], shape,
                              None if out is None else out.shape)
                 or "the model should have the book's two weights")
        W1, W2 = (w.astype("float32") for w in weights)
        fail_if(ex.no_tanh(out, X, W1, W2))
        expect_close(out, ref.scores(X, W1, W2), f"the scores of a {shape} input",
                     rtol=ex.RTOL, atol=ex.ATOL)
