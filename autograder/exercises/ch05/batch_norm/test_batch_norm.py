"""Hidden checks for `batch_norm` (§5.10) against nd.BatchNorm(fix_gamma=False) with eps
and momentum given explicitly; MXNet's moving statistics are read after backward().

Every check runs its configurations on fixed values first, then on random ones."""

import numpy as np
import pytest

from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.batch_norm import reference as ref
from autograder.testing import Param, expect_close, fail_if
from d2l.selfcheck.ch05.batch_norm import public as ex

pytestmark = pytest.mark.exercise("batch_norm")


def call(student, args, eps, momentum, train_mode):
    got = student.call("batch_norm", *args, eps, momentum, train_mode=train_mode).value
    fail_if(ex.triple(got))
    return got


def check_training(student, r, dims, eps=1e-5, momentum=0.9):
    args = ref.inputs(r, dims)
    got = call(student, args, eps, momentum, train_mode=True)
    Y = ref.batch_norm(*args, eps, momentum, training=True)[0]
    fail_if(ex.moving_in_training(got[0], Y,
                                  ref.batch_norm(*args, eps, momentum, training=False)[0]))
    fail_if(ex.named_variant(got[0], Y, ref.part_variants(args, eps, momentum, 0), ex.Y_TOL))
    expect_close(got[0], Y, f"Y in training mode for a {dims} input (eps {eps:g})", *ex.Y_TOL)


@pytest.mark.points(0.5)
def test_training_fully_connected(student, rng):
    """in training mode normalizes each feature of (n, d) inputs with the batch's statistics."""
    # A large eps in the second case tells sqrt(var + eps) from sqrt(var) + eps.
    for r in both("batch_norm/fc", rng):
        for dims, eps in [((8, 5), 1e-5), ((3, 2), 0.05)]:
            check_training(student, r, dims, eps)


@pytest.mark.points(0.5)
def test_training_convolutional(student, rng):
    """in training mode normalizes each channel of (n, c, h, w) inputs over axes (0, 2, 3)."""
    for r in both("batch_norm/conv", rng):
        for dims, eps in [((4, 3, 5, 5), 1e-5), ((2, 2, 3, 4), 0.05)]:
            check_training(student, r, dims, eps)


@pytest.mark.points(0.75)
def test_moving_statistics(student, rng):
    """returns the moving statistics nd.BatchNorm keeps, momentum * old + (1 - momentum) * new."""
    for r in both("batch_norm/moving", rng):
        for dims, momentum in [((6, 4), 0.9), ((3, 2, 4, 4), 0.8)]:
            args = ref.inputs(r, dims)
            got = call(student, args, 1e-5, momentum, train_mode=True)
            _, mean, var, _ = ref.batch_norm(*args, 1e-5, momentum, training=True)
            for part, name, expected, before in ((1, "moving_mean", mean, args[3]),
                                                 (2, "moving_var", var, args[4])):
                fail_if(ex.not_updated(got[part], before, expected, name))
                fail_if(ex.named_variant(got[part], expected,
                                         ref.part_variants(args, 1e-5, momentum, part),
                                         ex.STAT_TOL))
                expect_close(got[part], expected, f"the new {name} for a {dims} input "
                                                  f"(momentum {momentum})", *ex.STAT_TOL)


@pytest.mark.points(0.5)
def test_prediction(student, rng):
    """prediction mode normalizes with the moving statistics and returns them unchanged."""
    for r in both("batch_norm/prediction", rng):
        for dims in [(5, 3), (2, 3, 4, 4)]:
            args = ref.inputs(r, dims)
            got = call(student, args, 1e-3, 0.9, train_mode=False)
            Y = ref.batch_norm(*args, 1e-3, 0.9, training=False)[0]
            fail_if(ex.batch_in_prediction(got[0], Y,
                                           ref.batch_norm(*args, 1e-3, 0.9, training=True)[0]))
            expect_close(got[0], Y, f"Y in prediction mode for a {dims} input (eps 1e-3)",
                         *ex.Y_TOL)
            for part, name in ((1, "moving_mean"), (2, "moving_var")):
                fail_if(ex.changed_in_prediction(got[part], args[2 + part], name))


@pytest.mark.points(0.75)
def test_gradient(student, rng):
    """passes the right gradients to X, gamma and beta in training mode."""
    for r in both("batch_norm/gradient", rng):
        for dims in [(6, 3), (2, 3, 3, 3)]:
            X, gamma, beta, mean, var = ref.inputs(r, dims)
            head = r.normal(size=dims).astype("float32")
            # The moving statistics come as arrays with gradients, so that returning them
            # unchanged does not stop autograd; their head gradients are zero.
            result = student.call("batch_norm", X, gamma, beta, Param(mean), Param(var), 1e-5,
                                  0.9, grad=[0, 1, 2], train_mode=True,
                                  head_grad=(head, np.zeros_like(mean), np.zeros_like(var)))
            *_, grads = ref.batch_norm(X, gamma, beta, mean, var, 1e-5, 0.9, training=True,
                                       head=head)
            for got, expected, name in zip(result.grads, grads, ("X", "gamma", "beta")):
                # Gradients through 1 / sqrt(var + eps) of batches of 6 to 54 values: a
                # sound float32 computation is within 1e-5 of MXNet's.
                expect_close(got, expected, f"the gradient with respect to {name} ({dims} "
                                            "input)", rtol=1e-3, atol=1e-4)
