"""Hidden checks for `box_iou` (§9.4) against nd.contrib.box_iou (corner format)."""

import numpy as np
import pytest

from autograder.exercises.ch09.box_iou import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.box_iou import public as ex

pytestmark = pytest.mark.exercise("box_iou")


def check(student, b1, b2, name):
    got = student.call("box_iou", b1, b2).value
    fail_if(ex.diagnose(got, b1, b2, name))
    expect_close(got, ref.box_iou(b1, b2), name, *ex.TOL)


@pytest.mark.points(0.75)
def test_matches_box_iou(student, rng):
    """matches nd.contrib.box_iou on random overlapping boxes, an (n, m) result."""
    b1, b2 = ref.mixed_boxes(rng, 4, 2)
    check(student, b1, b2, "box_iou of 6 and 4 random boxes")
    # Pixel coordinates: the same IoU whatever the scale.
    check(student, b1 * 500, b2 * 500, "box_iou of boxes in pixels")


@pytest.mark.points(0.5)
def test_disjoint_nested_identical(student, rng):
    """gives 0 for disjoint boxes, 1 for identical ones, area ratio for nested ones."""
    b1, b2 = ref.disjoint_pairs(rng, 3)
    check(student, b1, b2, "box_iou of boxes apart in x and in y (all 0)")
    outer = ref.random_boxes(rng, 3)
    shrink = rng.uniform(0.1, 0.4, size=(3, 1)).astype("float32")
    size = outer[:, 2:] - outer[:, :2]
    inner = np.concatenate([outer[:, :2] + shrink * size, outer[:, 2:] - shrink * size], 1)
    both = np.concatenate([outer, inner])
    check(student, both, both, "box_iou of boxes with themselves and nested boxes")


@pytest.mark.points(0.25)
def test_shapes(student, rng):
    """works for one box against many and many against one."""
    b1, b2 = ref.overlapping_boxes(rng, 1), ref.overlapping_boxes(rng, 5)
    check(student, b1, b2, "box_iou of 1 and 5 boxes")
    check(student, b2, b1, "box_iou of 5 and 1 boxes")
