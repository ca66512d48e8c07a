"""Hidden checks for `multibox_prior` (§9.4) against contrib.nd.MultiBoxPrior."""

import numpy as np
import pytest

from autograder.exercises.ch09.multibox_prior import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.multibox_prior import public as ex

pytestmark = pytest.mark.exercise("multibox_prior")


def check(student, shape, sizes, ratios):
    h, w = shape[-2:]
    name = f"multibox_prior of a {h}x{w} map, sizes {sizes}, ratios {ratios}"
    got = student.call("multibox_prior", np.zeros(shape, "float32"),
                       kwargs={"sizes": sizes, "ratios": ratios}).value
    fail_if(ex.diagnose(got, h, w, sizes, ratios, name))
    expect_close(got, ref.multibox_prior(shape, sizes, ratios), name, *ex.TOL)


@pytest.mark.points(1)
def test_matches_multibox_prior(student, rng):
    """matches MultiBoxPrior on non-square maps: order, widths, heights and centres."""
    check(student, (1, 3, 3, 5), *ref.random_setting(rng, 3, 3))
    check(student, (1, 2, 4, 3), *ref.random_setting(rng, 2, 2))


@pytest.mark.points(0.5)
def test_square_and_single_pixel(student, rng):
    """matches MultiBoxPrior on a square map and on a single pixel."""
    check(student, (1, 1, 4, 4), *ref.random_setting(rng, 2, 3))
    check(student, (1, 1, 1, 1), *ref.random_setting(rng, 1, 1))


@pytest.mark.points(0.5)
def test_batch_tall_and_wide(student, rng):
    """one set of anchors, shape (1, h*w*(n+m-1), 4), for a batch of 2 on tall and wide maps."""
    check(student, (2, 3, 5, 2), *ref.random_setting(rng, 2, 1))
    check(student, (2, 1, 2, 6), *ref.random_setting(rng, 1, 2))
