"""Hidden checks for `pool2d` (§5.4) against nd.Pooling: its defaults (stride 1, no
padding), explicit strides, and padding (ignored by max, counted as zeros by avg)."""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("pool2d")

HINTS = [("unexpected keyword argument", "pool2d's signature is pool2d(X, pool_size, "
                                         "mode='max', padding=(0, 0), stride=(1, 1))")]


def describe_call(pool_size, mode, padding, stride):
    text = f"pool2d(X, {pool_size}, '{mode}'"
    if padding is not None:
        text += f", padding={padding}"
    if stride is not None:
        text += f", stride={stride}"
    return text + ")"


def diagnose(got, X, pool_size, mode, padding, stride):
    arr = as_numpy(got)
    pad = padding or (0, 0)
    step = stride or (1, 1)
    expected = ref.pool2d(X, pool_size, mode, pad, step)
    if arr is None:
        return
    call = describe_call(pool_size, mode, padding, stride)
    if stride is None:
        by_pool = ref.pool2d(X, pool_size, mode, pad, pool_size)
        if arr.shape == by_pool.shape != expected.shape and np.allclose(arr, by_pool,
                                                                        atol=1e-4):
            fail(f"{call} moved the window by the pool size: wrong stride default. "
                 "nd.Pooling and the book's pool2d move it by 1 (stride=(1, 1)); only "
                 "Gluon's nn.MaxPool2D and nn.AvgPool2D default strides to the pool size")
    if arr.shape != expected.shape:
        todo = {}
        if padding is not None and pad != (0, 0):
            todo["the padding"] = (f"add {pad[0]} rows at the top and at the bottom and "
                                   f"{pad[1]} columns on the left and on the right")
        if stride is not None and step != (1, 1):
            todo["the stride"] = (f"move the window {step[0]} rows down and {step[1]} "
                                  "columns right at a time")
        ignored = {"the padding": ((0, 0), step), "the stride": (pad, (1, 1)),
                   "the padding and the stride": ((0, 0), (1, 1))}
        for what, (p, s) in ignored.items():
            names = [name for name in todo if name in what]
            if names and arr.shape == ref.pool2d(X, pool_size, mode, p, s).shape:
                fail(f"{call} gave shape {arr.shape}, as if {' and '.join(names)} had been "
                     f"ignored: {'; '.join(todo[name] for name in names)}")
        return
    if np.allclose(arr, expected, rtol=1e-5, atol=1e-5):
        return
    if padding is not None and mode == "max":
        zero_padded = ref.pool2d(np.pad(X, [(p, p) for p in padding]), pool_size, "max",
                                 (0, 0), step)
        if np.allclose(arr, zero_padded, atol=1e-4) and not np.allclose(arr, expected,
                                                                        atol=1e-4):
            fail(f"{call}: the padding was filled with zeros, which win the maximum when the "
                 "values nearby are negative. Padded cells must never win a maximum "
                 "(pad with -inf for max pooling)")
    if padding is not None and mode == "avg":
        excluded = ref.pool2d(X, pool_size, "avg", pad, step, count_include_pad=False)
        if np.allclose(arr, excluded, atol=1e-4) and not np.allclose(arr, expected, atol=1e-4):
            fail(f"{call}: each window was divided by the number of real cells in it; "
                 "nd.Pooling (count_include_pad=True) counts padded cells as zeros and "
                 "divides by the whole window, p_h * p_w")
    if mode == "avg" and np.allclose(arr, ref.pool2d(X, pool_size, "max", pad, step),
                                     atol=1e-4):
        fail(f"{call} took the maximum: mode 'avg' takes the mean of each window")
    if mode == "max" and np.allclose(arr, ref.pool2d(X, pool_size, "avg", pad, step),
                                     atol=1e-4):
        fail(f"{call} took the mean: mode 'max' takes the maximum of each window")


def check(student, X, pool_size, mode, padding=None, stride=None):
    kwargs = {}
    if padding is not None:
        kwargs["padding"] = padding
    if stride is not None:
        kwargs["stride"] = stride
    got = student.call("pool2d", X, pool_size, mode, kwargs=kwargs).value
    diagnose(got, X, pool_size, mode, padding, stride)
    expected = ref.pool2d(X, pool_size, mode, padding or (0, 0), stride or (1, 1))
    expect_close(got, expected, f"{describe_call(pool_size, mode, padding, stride)} on a "
                                f"{X.shape} input", rtol=1e-5, atol=1e-5)


def sample(rng, shape, shift=0.0):
    return (rng.normal(size=shape) + shift).astype("float32")


@pytest.mark.points(0.5)
def test_max_defaults(student, rng):
    """max pooling with nd.Pooling's defaults (stride 1, no padding)."""
    for shape, pool_size in [((4, 4), (2, 2)), ((5, 7), (2, 3)), ((6, 6), (3, 3))]:
        check(student, sample(rng, shape), pool_size, "max")


@pytest.mark.points(0.5)
def test_avg_defaults(student, rng):
    """average pooling with nd.Pooling's defaults (stride 1, no padding)."""
    for shape, pool_size in [((4, 4), (2, 2)), ((6, 5), (3, 2))]:
        check(student, sample(rng, shape), pool_size, "avg")


@pytest.mark.points(0.5)
def test_stride(student, rng):
    """moves the window by the given stride and drops windows that do not fit."""
    for shape, pool_size, stride in [((4, 4), (2, 2), (2, 2)), ((7, 8), (3, 2), (2, 3)),
                                     ((5, 6), (2, 2), (1, 2))]:
        for mode in ("max", "avg"):
            check(student, sample(rng, shape), pool_size, mode, stride=stride)


@pytest.mark.points(0.5)
def test_padding(student, rng):
    """pads like nd.Pooling (never the max; zeros divided by the whole window for avg)."""
    for shape, pool_size, padding, stride in [((4, 4), (3, 3), (1, 1), (1, 1)),
                                              ((5, 6), (3, 2), (1, 1), (2, 2)),
                                              ((4, 5), (2, 3), (1, 0), (2, 1))]:
        for mode in ("max", "avg"):
            # Mostly negative values: a zero in the padding would win a maximum.
            check(student, sample(rng, shape, shift=-2.0), pool_size, mode, padding=padding,
                  stride=stride)
