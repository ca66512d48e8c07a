"""Hidden checks for `smooth_l1` (§9.7 exercise) against ``nd.smooth_l1(x, scalar=sigma)``."""

import numpy as np
import pytest

from autograder.exercises.ch09.smooth_l1 import reference as ref
from autograder.testing import as_numpy, expect_close, fail_if
from d2l.selfcheck.ch09.smooth_l1 import public as ex

pytestmark = pytest.mark.exercise("smooth_l1")


def inputs(rng, sigma, shape):
    """Random values with some in each region: inside 1/σ², between 1/σ² and 1/σ (where
    σ and σ² differ), and beyond both, of both signs."""
    lo, hi = sorted([1 / sigma ** 2, 1 / sigma])
    marks = np.array([0.5 * lo, (lo + hi) / 2, 1.5 * hi + 0.5])
    x = rng.normal(size=shape) * 2 * hi
    flat = x.reshape(-1)
    flat[:6] = np.concatenate([marks, -marks]) * rng.uniform(0.9, 1.1, size=6)
    return x.astype("float32")


def sigmas(rng):
    return [float(rng.uniform(0.3, 0.8)), float(rng.uniform(1.5, 4.0))]


def wrong(got, x, sigma):
    arr = as_numpy(got)
    expected = ref.smooth_l1(x, sigma)
    return not (arr is not None and arr.shape == expected.shape
                and np.allclose(arr, expected, 1e-5, 1e-5))


def check(student, x, sigma, what):
    got = student.smooth_l1(x, sigma)
    expected = ref.smooth_l1(x, sigma)
    fail_if(wrong(got, x, sigma) and ex.named(got, ref.variants(x, sigma)))
    expect_close(got, expected, what, rtol=1e-5, atol=1e-5)


@pytest.mark.points(0.5)
def test_book_sigmas(student, rng):
    """matches nd.smooth_l1 on the book's x = nd.arange(-2, 2, 0.1) (shuffled) for σ = 10, 1
    and 0.5."""
    x = rng.permutation(ref.book_x())
    for sigma in ex.SIGMAS:
        check(student, x, sigma, f"smooth_l1(x, {sigma})")


@pytest.mark.points(0.5)
def test_random(student, rng):
    """matches nd.smooth_l1 on random (3, 8) inputs for random σ below and above 1."""
    for sigma in sigmas(rng):
        x = inputs(rng, sigma, (3, 8))
        check(student, x, sigma, f"smooth_l1 of a (3, 8) input with sigma={sigma:.3f}")


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes nd.smooth_l1's gradient back through autograd: σ²x inside, sign(x) outside."""
    for sigma in sigmas(rng):
        x = inputs(rng, sigma, (12,))
        head = rng.normal(size=x.shape).astype("float32")
        result = student.call("smooth_l1", x, sigma, grad=[0], head_grad=head)
        fail_if(wrong(result.value, x, sigma)
                and ex.named(result.value, ref.variants(x, sigma)))
        expect_close(result.grads[0], ref.smooth_l1_grad(x, sigma, head),
                     f"the gradient of smooth_l1 with sigma={sigma:.3f}", rtol=1e-4, atol=1e-5)
