"""Hidden checks for `box_center_to_corner` (§9.3) against nd.contrib.box_decode."""

import numpy as np
import pytest

from autograder.exercises.ch09.box_center_to_corner import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.box_center_to_corner import public as ex

pytestmark = pytest.mark.exercise("box_center_to_corner")


@pytest.mark.points(0.5)
def test_matches_box_decode(student, rng):
    """converts (cx, cy, w, h) boxes to corners (x1, y1, x2, y2) like box_decode."""
    book = np.array([[219, 280.5, 318, 471], [527.5, 302.5, 255, 381]], "float32")
    for boxes in [ref.random_boxes(rng, 7), book, ref.random_boxes(rng, 1, scale=1.0)]:
        got = student.call("box_center_to_corner", boxes).value
        name = f"box_center_to_corner of {len(boxes)} boxes"
        fail_if(ex.diagnose(got, boxes, name))
        expect_close(got, ref.box_center_to_corner(boxes), name, *ex.tol(boxes))
