"""Hidden checks for the `BatchNorm` layer (§5.10): its four parameters, one training step
against nd.BatchNorm(fix_gamma=False, eps=1e-5, momentum=0.9), and prediction.

The layer is built, initialized and run in the sandbox with a correct `batch_norm` in
place, so a mistake in the student's `batch_norm` costs points only there. Every check
runs on fixed values first, then on random ones.
"""

import numpy as np
import pytest

from autograder.exercises.ch05._blocks import params_of, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.BatchNorm import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch05.BatchNorm import public as ex

pytestmark = pytest.mark.exercise("BatchNorm")

STAND_INS = ex.STAND_INS


def build(student, rng, num_dims, train_mode=False):
    num_features = int(rng.integers(2, 6))
    dims = (6, num_features) if num_dims == 2 else (3, num_features, 3, 3)
    X = (rng.normal(size=dims) * rng.uniform(0.5, 2) + rng.normal()).astype("float32")
    result = run_block(student, "BatchNorm", num_features, num_dims, X=X, stand_ins=STAND_INS,
                       train_mode=train_mode, seed=int(rng.integers(1 << 30)))
    return X, num_features, result


def four_parameters(result, num_features, num_dims):
    """gamma, beta, moving_mean, moving_var after the forward pass, or fail."""
    values = [value for _, value in params_of(result)]
    fail_if(ex.four_parameters([v.shape for v in values], num_features, num_dims))
    return values


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """creates gamma (ones), beta, moving_mean and moving_var (zeros) for 2-D and 4-D inputs."""
    for r in both("BatchNorm/parameters", rng):
        for num_dims in (2, 4):
            _, num_features, result = build(student, r, num_dims)
            fail_if(ex.start_values(four_parameters(result, num_features, num_dims)))


@pytest.mark.points(0.5)
def test_training_output(student, rng):
    """in training mode normalizes with the batch's statistics, like nd.BatchNorm."""
    for r in both("BatchNorm/training", rng):
        for num_dims in (4, 2):
            X, num_features, result = build(student, r, num_dims, train_mode=True)
            values = [value for _, value in params_of(result)]
            if len(values) < 2:
                four_parameters(result, num_features, num_dims)  # fails and says why
            gamma, beta = values[:2]
            zeros = np.zeros_like(gamma)
            Y = ref.batch_norm(X, gamma, beta, zeros, zeros, ex.EPS, ex.MOMENTUM,
                               training=True)[0]
            swapped = ref.batch_norm(X, beta, gamma, zeros, zeros, ex.EPS, ex.MOMENTUM,
                                     training=True)[0]
            fail_if(ex.gamma_beta_swapped(result.value, Y, swapped))
            expect_close(result.value, Y, f"the output in training mode ({len(X.shape)}-D "
                                          "input)", *ex.Y_TOL,
                         hint="forward should return batch_norm(X, self.gamma.data(), "
                              "self.beta.data(), ..., eps=1e-5, momentum=0.9)[0]")


@pytest.mark.points(0.5)
def test_moving_statistics(student, rng):
    """stores the moving statistics batch_norm returns after a training step."""
    for r in both("BatchNorm/moving", rng):
        for num_dims in (4, 2):
            X, num_features, result = build(student, r, num_dims, train_mode=True)
            gamma, beta, mean, var = four_parameters(result, num_features, num_dims)
            zeros = np.zeros_like(gamma)
            _, new_mean, new_var, _ = ref.batch_norm(X, gamma, beta, zeros, zeros, ex.EPS,
                                                     ex.MOMENTUM, training=True)
            fail_if(ex.not_stored(mean, var))
            for name, got, expected in (("moving_mean", mean, new_mean),
                                        ("moving_var", var, new_var)):
                fail_if(ex.momentum_one_tenth(got, expected, name))
                expect_close(got, expected, f"{name} after one training step from zeros",
                             *ex.STAT_TOL)


@pytest.mark.points(0.5)
def test_prediction(student, rng):
    """in prediction mode normalizes with the moving statistics (zeros at the start)."""
    for r in both("BatchNorm/prediction", rng):
        for num_dims in (2, 4):
            X, num_features, result = build(student, r, num_dims)
            values = [value for _, value in params_of(result)]
            if len(values) == 2:
                # The book's layout (moving statistics as plain arrays, which start at zeros):
                # its parameters cost points in their own checks, not in this one.
                values += [np.zeros_like(values[0])] * 2
            else:
                values = four_parameters(result, num_features, num_dims)
            gamma, beta, mean, var = values
            expected = ref.batch_norm(X, gamma, beta, mean, var, ex.EPS, ex.MOMENTUM,
                                      training=False)[0]
            fail_if(ex.moving_var_ones_in_prediction(result.value, X))
            # X / sqrt(eps) is about 300 |X|: 1e-3 absolute is float32's rounding there.
            expect_close(result.value, expected, "the output in prediction mode of a new "
                                                 "layer (moving statistics at zeros: "
                                                 "X / sqrt(eps))", rtol=1e-4, atol=1e-3)
