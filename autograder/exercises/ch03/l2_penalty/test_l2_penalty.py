"""Hidden checks for `l2_penalty` (§3.12) against nd.norm."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, describe, expect, expect_close, fail

pytestmark = pytest.mark.exercise("l2_penalty")


@pytest.mark.points(0.5)
def test_value(student, rng):
    """is half the sum of squared weights."""
    w = rng.normal(size=(20, 1)).astype("float32")
    got = as_numpy(student.l2_penalty(w))
    expected = ref.l2_penalty(w)
    if got is None or got.size != 1:
        fail(f"l2_penalty should return one number (an NDArray scalar), got {describe(got)}")
    value = float(got.ravel()[0])
    for wrong, hint in [(2 * expected, "twice the expected value: divide by 2"),
                        (np.sqrt(2 * expected), "this is the norm ||w||: square it, no root"),
                        (np.sqrt(2 * expected) / 2, "this is ||w|| / 2: square the norm"),
                        (expected / w.size, "the squares are averaged: sum them instead"),
                        (float(np.abs(w).sum()), "this is the L1 penalty, the sum of |w|: "
                                                 "sum the squares instead")]:
        if np.isclose(value, wrong, rtol=1e-4) and not np.isclose(value, expected, rtol=1e-4):
            fail(f"l2_penalty(w) = {value:.6g}, expected {expected:.6g}; {hint}")
    expect(np.isclose(value, expected, rtol=1e-4),
           f"l2_penalty(w) = {value:.6g}, expected {expected:.6g} (= sum of w**2 / 2)")


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """has gradient w, so weight decay shrinks every weight in proportion."""
    w = rng.normal(size=(5, 3)).astype("float32")
    result = student.call("l2_penalty", w, grad=[0])
    expect_close(result.grads[0], w, "the gradient with respect to w", rtol=1e-4, atol=1e-6)
