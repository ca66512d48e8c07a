"""Hidden checks for the `BatchNorm` layer (§5.10): its four parameters, one training step
against nd.BatchNorm(fix_gamma=False, eps=1e-5, momentum=0.9), and prediction.

The layer is built, initialized and run in the sandbox with a correct `batch_norm` in
place, so a mistake in the student's `batch_norm` costs points only there.
"""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, expect, expect_close, fail

from ._blocks import BLOCK_HINTS, params_of, run_block

pytestmark = pytest.mark.exercise("BatchNorm")

HINTS = BLOCK_HINTS + [
    ("already in a computational graph", "store the moving statistics with "
                                         "self.moving_mean.set_data(moving_mean.detach())"),
    ("set_data", "store a moving statistic with self.moving_mean.set_data(new_value.detach())"),
]
STAND_INS = {"batch_norm": "batch_norm"}
NAMES = ("gamma", "beta", "moving_mean", "moving_var")


def build(student, rng, num_features, num_dims, train_mode=False):
    dims = (6, num_features) if num_dims == 2 else (3, num_features, 3, 3)
    X = (rng.normal(size=dims) * rng.uniform(0.5, 2) + rng.normal()).astype("float32")
    result = run_block(student, "BatchNorm", num_features, num_dims, X=X, stand_ins=STAND_INS,
                       train_mode=train_mode, seed=int(rng.integers(1 << 30)))
    return X, result


def four_parameters(result, num_features, num_dims):
    """gamma, beta, moving_mean, moving_var after the forward pass, or fail."""
    shape = (1, num_features) if num_dims == 2 else (1, num_features, 1, 1)
    shapes = [value.shape for _, value in params_of(result)]
    if shapes == [shape] * 2:
        fail(f"BatchNorm({num_features}, {num_dims}) has only two parameters: keep the "
             "moving statistics as parameters too, self.params.get('moving_mean', ..., "
             "init=init.Zero(), grad_req='null') and the same for moving_var")
    expect(shapes == [shape] * 4,
           f"BatchNorm({num_features}, {num_dims}) should create four parameters (gamma, "
           f"beta, moving_mean, moving_var) of shape {shape}; their shapes are {shapes}")
    return [value for _, value in params_of(result)]


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """creates gamma (ones), beta, moving_mean and moving_var (zeros) for 2-D and 4-D inputs."""
    for num_dims in (2, 4):
        num_features = int(rng.integers(2, 6))
        _, result = build(student, rng, num_features, num_dims)
        values = four_parameters(result, num_features, num_dims)
        for name, value, start in zip(NAMES, values, (1, 0, 0, 0)):
            if name == "moving_var" and np.allclose(value, 1):
                fail("moving_var starts at ones (Gluon's nn.BatchNorm does that); the book "
                     "starts it at zeros: init=init.Zero()")
            expect(np.allclose(value, start),
                   f"{name} should start at {'ones' if start else 'zeros'}")


@pytest.mark.points(0.5)
def test_training_output(student, rng):
    """in training mode normalizes with the batch's statistics, like nd.BatchNorm."""
    for num_dims in (4, 2):
        num_features = int(rng.integers(2, 6))
        X, result = build(student, rng, num_features, num_dims, train_mode=True)
        values = [value for _, value in params_of(result)]
        if len(values) < 2:
            four_parameters(result, num_features, num_dims)  # fails and says why
        gamma, beta = values[:2]
        zeros = np.zeros_like(gamma)
        Y = ref.batch_norm(X, gamma, beta, zeros, zeros, 1e-5, 0.9, training=True)[0]
        out = as_numpy(result.value)
        swapped = ref.batch_norm(X, beta, gamma, zeros, zeros, 1e-5, 0.9, training=True)[0]
        if out is not None and out.shape == Y.shape and np.allclose(out, swapped, atol=1e-4):
            fail("gamma and beta are swapped: Y = gamma * X_hat + beta, so pass "
                 "self.gamma.data() before self.beta.data()")
        expect_close(result.value, Y, f"the output in training mode ({len(X.shape)}-D input)",
                     rtol=1e-4, atol=1e-4,
                     hint="forward should return batch_norm(X, self.gamma.data(), "
                          "self.beta.data(), ..., eps=1e-5, momentum=0.9)[0]")


@pytest.mark.points(0.5)
def test_moving_statistics(student, rng):
    """stores the moving statistics batch_norm returns after a training step."""
    for num_dims in (4, 2):
        num_features = int(rng.integers(2, 6))
        X, result = build(student, rng, num_features, num_dims, train_mode=True)
        gamma, beta, mean, var = four_parameters(result, num_features, num_dims)
        zeros = np.zeros_like(gamma)
        _, new_mean, new_var, _ = ref.batch_norm(X, gamma, beta, zeros, zeros, 1e-5, 0.9,
                                                 training=True)
        if np.allclose(mean, 0) and np.allclose(var, 0):
            fail("after a training step moving_mean and moving_var are still zeros: store "
                 "what batch_norm returns with self.moving_mean.set_data(moving_mean.detach()) "
                 "and the same for moving_var")
        for name, got, expected in (("moving_mean", mean, new_mean),
                                    ("moving_var", var, new_var)):
            if np.allclose(got, np.asarray(expected) / 0.1 * 0.9, rtol=1e-4, atol=1e-5):
                fail(f"{name} is 0.9 times the batch statistic: the layer uses momentum=0.9, "
                     "new = 0.9 * old + 0.1 * batch statistic")
            expect_close(got, expected, f"{name} after one training step from zeros",
                         rtol=1e-4, atol=1e-5)


@pytest.mark.points(0.5)
def test_prediction(student, rng):
    """in prediction mode normalizes with the moving statistics (zeros at the start)."""
    for num_dims in (2, 4):
        num_features = int(rng.integers(2, 6))
        X, result = build(student, rng, num_features, num_dims)
        gamma, beta, mean, var = four_parameters(result, num_features, num_dims)
        expected = ref.batch_norm(X, gamma, beta, mean, var, 1e-5, 0.9, training=False)[0]
        out = as_numpy(result.value)
        if out is not None and out.shape == X.shape and np.allclose(
                out, X / np.sqrt(1 + 1e-5), rtol=1e-4, atol=1e-4):
            fail("in prediction mode the output is X / sqrt(1 + eps): moving_var seems to "
                 "start at ones; the book starts it at zeros")
        expect_close(result.value, expected, "the output in prediction mode of a new layer "
                                             "(moving statistics at zeros: X / sqrt(eps))",
                     rtol=1e-4, atol=1e-3)
