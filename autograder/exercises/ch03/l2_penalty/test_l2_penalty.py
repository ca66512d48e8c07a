"""Hidden checks for `l2_penalty` (§3.12) against nd.norm."""

import numpy as np
import pytest

from autograder.exercises.ch03.l2_penalty import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch03.l2_penalty import public as ex

pytestmark = pytest.mark.exercise("l2_penalty")


@pytest.mark.points(0.5)
def test_value(student, rng):
    """is half the sum of squared weights."""
    for w in (np.random.default_rng(312).normal(size=(20, 1)).astype("float32"),
              rng.normal(size=(20, 1)).astype("float32")):
        got = student.l2_penalty(w)
        fail_if(ex.not_a_number(got))
        fail_if(ex.wrong_penalty(got, w, ref.l2_penalty(w)))


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """has gradient w, so weight decay shrinks every weight in proportion."""
    for w in (np.random.default_rng(313).normal(size=(5, 3)).astype("float32"),
              rng.normal(size=(5, 3)).astype("float32")):
        result = student.call("l2_penalty", w, grad=[0])
        # the gradient (2 w / 2, w / ||w|| x ||w||, ...) is w to a few eps
        expect_close(result.grads[0], w, "the gradient with respect to w", 1e-5, 1e-7)
