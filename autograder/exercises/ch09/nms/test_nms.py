"""Hidden checks for `nms` (§9.4) against nd.contrib.box_nms over all boxes; the student's
`box_iou` is replaced by a correct one."""

import numpy as np
import pytest

from autograder.exercises.ch09.nms import reference as ref
from autograder.testing import describe, fail, fail_if, is_ndarray
from d2l.selfcheck.ch09.nms import public as ex

pytestmark = pytest.mark.exercise("nms")

STAND_INS = {"box_iou": "box_iou"}


def check(student, boxes, scores, t, name):
    got = student.call("nms", boxes, scores, t, stand_ins=STAND_INS).value
    fail_if(ex.diagnose(got, boxes, scores, t, name))
    fail_if(ex.expect_indices(got, ref.nms(boxes, scores, t), name))
    return got


def shuffled(rng, boxes, scores, t):
    """The same problem with the boxes in a random order, the lowest score first (so that
    index order, ascending indices and sorted positions all differ from the answer), and
    moved and scaled by powers of two (exact in float32: IoUs do not change)."""
    perm = rng.permutation(len(boxes))
    low = int(np.argmin(scores[perm]))
    perm[[0, low]] = perm[[low, 0]]
    shift = rng.integers(0, 8, size=2).astype("float32")
    scale = np.float32(2.0 ** rng.integers(-2, 3))
    boxes = (boxes[perm] + np.concatenate([shift, shift])) * scale
    return boxes.astype("float32"), scores[perm], t


@pytest.mark.points(1)
def test_matches_box_nms(student, rng):
    """keeps what box_nms keeps, highest score first, on clusters of overlapping boxes."""
    for _ in range(2):
        boxes, scores, t = ref.random_case(rng)
        check(student, boxes, scores, t, f"nms of {len(boxes)} boxes at threshold {t}")


def _chain(rng):
    """Box 0 suppresses box 1, box 1 overlaps box 2 above the threshold, box 0 does not:
    box 2 is kept (a suppressed box suppresses nothing). Plus two boxes far away."""
    boxes = np.array([[0, 0, 4, 1], [1, 0, 5, 1], [2.5, 0, 6.5, 1],  # IoUs 0.6, 0.45, 0.23
                      [10, 10, 11, 12], [20, 0, 22, 1]], "float32")
    top = np.sort(rng.uniform(0.3, 1.0, size=3))[::-1]
    scores = np.concatenate([top, rng.uniform(0.05, 0.25, size=2)]).astype("float32")
    return shuffled(rng, boxes, scores, 0.4)


@pytest.mark.points(0.5)
def test_suppressed_boxes_suppress_nothing(student, rng):
    """compares each box only with boxes already kept (a chain of three overlaps)."""
    boxes, scores, t = _chain(rng)
    check(student, boxes, scores, t, "nms of a chain A-B-C (A suppresses B, B overlaps C)")


def _tie(rng):
    """IoUs exactly 0.5 (2 / 4) and 0.25 (1 / 4) at the thresholds 0.5 and 0.25."""
    boxes = np.array([[0, 0, 4, 1], [0, 0, 2, 1], [2, 5, 3, 6], [0, 5, 4, 6]], "float32")
    scores = np.sort(rng.uniform(0.1, 1.0, size=4))[::-1].astype("float32")
    return shuffled(rng, boxes, scores, 0.5)


@pytest.mark.points(0.25)
def test_iou_equal_to_threshold_is_kept(student, rng):
    """suppresses only an IoU above the threshold: an IoU equal to it is kept, as in box_nms."""
    boxes, scores, t = _tie(rng)
    check(student, boxes, scores, 0.5, "nms of boxes with IoU exactly 0.5 at threshold 0.5")
    check(student, boxes, scores, 0.25, "nms of boxes with IoU 0.5 and 0.25 at threshold 0.25")


@pytest.mark.points(0.25)
def test_integer_ndarray(student, rng):
    """returns an NDArray of integer indices (one box: [0]; disjoint boxes: all of them)."""
    one = np.array([[0.1, 0.2, 0.5, 0.6]], "float32")
    got = check(student, one, np.array([0.7], "float32"), 0.5, "nms of a single box")
    boxes = np.array([[0, 0, 1, 1], [2, 0, 3, 1], [0, 2, 1, 3], [2, 2, 3, 3]], "float32")
    scores = np.array([0.2, 0.8, 0.4, 0.6], "float32")
    got = check(student, boxes, scores, 0.3, "nms of four disjoint boxes")
    if not is_ndarray(got) or np.asarray(got).dtype.kind not in "iu":
        fail(f"nms returned {describe(got)}: return an NDArray of integers, "
             "e.g. nd.array(keep, dtype='int32')")
