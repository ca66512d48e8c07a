"""Hidden checks for `batch_norm` (§5.10) against nd.BatchNorm(fix_gamma=False) with eps
and momentum given explicitly; MXNet's moving statistics are read after backward()."""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import Param, as_numpy, expect, expect_close, fail

pytestmark = pytest.mark.exercise("batch_norm")

HINTS = [("could not be broadcast", "gamma, beta and the statistics must broadcast against "
                                    "X: for a 4-D X take the mean over axis=(0, 2, 3) with "
                                    "keepdims=True")]

NAMES = {
    "unbiased": "the variance is the unbiased estimator (divided by m - 1): batch "
                "normalization, like nd.BatchNorm, uses the biased one, the mean of the "
                "squared deviations (divide by m)",
    "eps outside": "epsilon is added outside the square root: divide by sqrt(var + eps)",
    "momentum swapped": "momentum and 1 - momentum are swapped: the new moving statistic "
                        "is momentum * moving + (1 - momentum) * batch statistic",
    "per position": "the statistics are taken over the batch axis only, one per pixel: for "
                    "a convolutional input take them over axes (0, 2, 3), one per channel",
    "per example": "the statistics are taken over the features of each example (axis 1): "
                   "take them over the batch, axis 0, one per feature",
}


def inputs(rng, dims):
    """X, gamma, beta, moving_mean, moving_var in the book's shapes for 2-D or 4-D data."""
    X = (rng.normal(size=dims) * rng.uniform(0.5, 3) + rng.normal()).astype("float32")
    shape = (1, dims[1]) if len(dims) == 2 else (1, dims[1], 1, 1)
    gamma = rng.uniform(0.5, 2, size=shape).astype("float32")
    beta = rng.normal(size=shape).astype("float32")
    mean = rng.normal(size=shape).astype("float32")
    var = rng.uniform(0.5, 2, size=shape).astype("float32")
    return X, gamma, beta, mean, var


def triple(value):
    if not isinstance(value, (tuple, list)) or len(value) != 3:
        fail("batch_norm should return the triple (Y, moving_mean, moving_var)")
    return value


def diagnose(got, expected, args, eps, momentum, part):
    """Name a mistake when a wrong result matches one; ``part``: 0 (Y), 1 or 2 (statistics)."""
    arr = as_numpy(got[part])
    if arr is None or arr.shape != np.shape(expected) or np.allclose(arr, expected, rtol=1e-4,
                                                                      atol=1e-4):
        return
    for name, result in ref.batch_norm_variants(*args, eps, momentum).items():
        if result[part] is None:
            continue
        wrong = np.asarray(result[part])
        if arr.shape == wrong.shape and np.allclose(arr, wrong, rtol=1e-4, atol=1e-5):
            fail(NAMES[name])


def check_training(student, rng, dims, eps=1e-5, momentum=0.9):
    args = inputs(rng, dims)
    got = triple(student.call("batch_norm", *args, eps, momentum, train_mode=True).value)
    Y, mean, var, _ = ref.batch_norm(*args, eps, momentum, training=True)
    if not np.allclose(as_numpy(got[0]), Y, rtol=1e-4, atol=1e-4) and np.allclose(
            as_numpy(got[0]), ref.batch_norm(*args, eps, momentum, training=False)[0],
            rtol=1e-4, atol=1e-4):
        fail("in training mode (autograd.is_training() is True) it normalized with the "
             "moving statistics: use the batch's mean and variance")
    diagnose(got, Y, args, eps, momentum, 0)
    expect_close(got[0], Y, f"Y in training mode for a {dims} input (eps {eps:g})", rtol=1e-4,
                 atol=1e-4)
    return args, got, (mean, var)


@pytest.mark.points(0.5)
def test_training_fully_connected(student, rng):
    """in training mode normalizes each feature of (n, d) inputs with the batch's statistics."""
    # A large eps in the second case tells sqrt(var + eps) from sqrt(var) + eps.
    for dims, eps in [((8, 5), 1e-5), ((3, 2), 0.05)]:
        check_training(student, rng, dims, eps)


@pytest.mark.points(0.5)
def test_training_convolutional(student, rng):
    """in training mode normalizes each channel of (n, c, h, w) inputs over axes (0, 2, 3)."""
    for dims, eps in [((4, 3, 5, 5), 1e-5), ((2, 2, 3, 4), 0.05)]:
        check_training(student, rng, dims, eps)


@pytest.mark.points(0.75)
def test_moving_statistics(student, rng):
    """returns the moving statistics nd.BatchNorm keeps, momentum * old + (1 - momentum) * new."""
    for dims, momentum in [((6, 4), 0.9), ((3, 2, 4, 4), 0.8)]:
        args = inputs(rng, dims)
        got = triple(student.call("batch_norm", *args, 1e-5, momentum, train_mode=True).value)
        _, mean, var, _ = ref.batch_norm(*args, 1e-5, momentum, training=True)
        for part, name, expected, before in ((1, "moving_mean", mean, args[3]),
                                             (2, "moving_var", var, args[4])):
            arr = as_numpy(got[part])
            if arr is not None and arr.shape == before.shape and np.allclose(arr, before):
                fail(f"the moving statistics were not updated: in training mode return "
                     f"momentum * {name} + (1 - momentum) * the batch's statistic")
            if arr is not None and arr.shape != expected.shape and arr.size == expected.size:
                fail(f"the new {name} has shape {arr.shape}; keep the shape it came in, "
                     f"{expected.shape} (reshape the batch statistic, or use keepdims=True)")
            diagnose(got, expected, args, 1e-5, momentum, part)
            expect_close(got[part], expected, f"the new {name} for a {dims} input (momentum "
                                              f"{momentum})", rtol=1e-4, atol=1e-5)


@pytest.mark.points(0.5)
def test_prediction(student, rng):
    """prediction mode normalizes with the moving statistics and returns them unchanged."""
    for dims in [(5, 3), (2, 3, 4, 4)]:
        args = inputs(rng, dims)
        got = triple(student.call("batch_norm", *args, 1e-3, 0.9).value)
        Y = ref.batch_norm(*args, 1e-3, 0.9, training=False)[0]
        train_Y = ref.batch_norm(*args, 1e-3, 0.9, training=True)[0]
        arr = as_numpy(got[0])
        if arr is not None and arr.shape == Y.shape and np.allclose(arr, train_Y, rtol=1e-4,
                                                                    atol=1e-4):
            fail("in prediction mode it normalized with the batch's statistics: outside "
                 "autograd.record() (autograd.is_training() is False) use moving_mean and "
                 "moving_var")
        expect_close(got[0], Y, f"Y in prediction mode for a {dims} input (eps 1e-3)",
                     rtol=1e-4, atol=1e-4)
        for part, name in ((1, "moving_mean"), (2, "moving_var")):
            expect(as_numpy(got[part]) is not None
                   and np.allclose(as_numpy(got[part]), args[2 + part]),
                   f"prediction mode should return {name} unchanged")


@pytest.mark.points(0.75)
def test_gradient(student, rng):
    """passes the right gradients to X, gamma and beta in training mode."""
    for dims in [(6, 3), (2, 3, 3, 3)]:
        X, gamma, beta, mean, var = inputs(rng, dims)
        head = rng.normal(size=dims).astype("float32")
        # The moving statistics come as arrays with gradients, so that returning them
        # unchanged does not stop autograd; their head gradients are zero.
        result = student.call("batch_norm", X, gamma, beta, Param(mean), Param(var), 1e-5, 0.9,
                              grad=[0, 1, 2], train_mode=True,
                              head_grad=(head, np.zeros_like(mean), np.zeros_like(var)))
        *_, grads = ref.batch_norm(X, gamma, beta, mean, var, 1e-5, 0.9, training=True,
                                   head=head)
        for got, expected, name in zip(result.grads, grads, ("X", "gamma", "beta")):
            expect_close(got, expected, f"the gradient with respect to {name} ({dims} input)",
                         rtol=1e-3, atol=1e-4)
