"""Hidden checks for `pool2d` (§5.4) against nd.Pooling: its defaults (stride 1, no
padding), explicit strides, and padding (ignored by max, counted as zeros by avg).

In every check the first case has fixed values and the others random ones."""

import pytest

from autograder.exercises.ch05._fixed import fixed_rng
from autograder.exercises.ch05.pool2d import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch05.pool2d import public as ex

pytestmark = pytest.mark.exercise("pool2d")


def check(student, X, pool_size, mode, padding=None, stride=None):
    kwargs = {}
    if padding is not None:
        kwargs["padding"] = padding
    if stride is not None:
        kwargs["stride"] = stride
    got = student.call("pool2d", X, pool_size, mode, kwargs=kwargs).value
    expected = ref.pool2d(X, pool_size, mode, padding or (0, 0), stride or (1, 1))
    tol = ex.pool_tol(X, pool_size)
    fail_if(ex.diagnose(got, expected, ref.variants(X, pool_size, mode, padding, stride),
                        pool_size, mode, padding, stride, tol))
    expect_close(got, expected, f"{ex.describe_call(pool_size, mode, padding, stride)} on a "
                                f"{X.shape} input", *tol)


def samples(key, rng, count):
    """One generator per case: the fixed one first, then the run's."""
    return [fixed_rng(key)] + [rng] * (count - 1)


def sample(rng, shape, shift=0.0):
    return (rng.normal(size=shape) + shift).astype("float32")


@pytest.mark.points(0.5)
def test_max_defaults(student, rng):
    """max pooling with nd.Pooling's defaults (stride 1, no padding)."""
    cases = [((4, 4), (2, 2)), ((5, 7), (2, 3)), ((6, 6), (3, 3))]
    for r, (shape, pool_size) in zip(samples("pool2d/max", rng, len(cases)), cases):
        check(student, sample(r, shape), pool_size, "max")


@pytest.mark.points(0.5)
def test_avg_defaults(student, rng):
    """average pooling with nd.Pooling's defaults (stride 1, no padding)."""
    cases = [((4, 4), (2, 2)), ((6, 5), (3, 2))]
    for r, (shape, pool_size) in zip(samples("pool2d/avg", rng, len(cases)), cases):
        check(student, sample(r, shape), pool_size, "avg")


@pytest.mark.points(0.5)
def test_stride(student, rng):
    """moves the window by the given stride and drops windows that do not fit."""
    cases = [((4, 4), (2, 2), (2, 2)), ((7, 8), (3, 2), (2, 3)), ((5, 6), (2, 2), (1, 2))]
    for r, (shape, pool_size, stride) in zip(samples("pool2d/stride", rng, len(cases)),
                                             cases):
        for mode in ("max", "avg"):
            check(student, sample(r, shape), pool_size, mode, stride=stride)


@pytest.mark.points(0.5)
def test_padding(student, rng):
    """pads like nd.Pooling (never the max; zeros divided by the whole window for avg)."""
    cases = [((4, 4), (3, 3), (1, 1), (1, 1)), ((5, 6), (3, 2), (1, 1), (2, 2)),
             ((4, 5), (2, 3), (1, 0), (2, 1))]
    for r, (shape, pool_size, padding, stride) in zip(samples("pool2d/padding", rng,
                                                              len(cases)), cases):
        for mode in ("max", "avg"):
            # Mostly negative values: a zero in the padding would win a maximum.
            check(student, sample(r, shape, shift=-2.0), pool_size, mode, padding=padding,
                  stride=stride)
