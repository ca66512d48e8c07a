"""Hidden checks for `box_corner_to_center` (§9.3): corner boxes to (cx, cy, w, h)."""

import numpy as np
import pytest

from autograder.exercises.ch09.box_corner_to_center import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.box_corner_to_center import public as ex

pytestmark = pytest.mark.exercise("box_corner_to_center")


@pytest.mark.points(0.5)
def test_matches_reference(student, rng):
    """converts corner boxes (x1, y1, x2, y2) to (cx, cy, w, h), one row per box."""
    book = np.array([[60, 45, 378, 516], [400, 112, 655, 493]], "float32")
    for boxes in [ref.random_boxes(rng, 7), book, ref.random_boxes(rng, 1, scale=1.0)]:
        got = student.call("box_corner_to_center", boxes).value
        name = f"box_corner_to_center of {len(boxes)} boxes"
        fail_if(ex.diagnose(got, boxes, name))
        expect_close(got, ref.box_corner_to_center(boxes), name, *ex.tol(boxes))
