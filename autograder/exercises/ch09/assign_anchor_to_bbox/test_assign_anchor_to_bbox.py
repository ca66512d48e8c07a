"""Hidden checks for `assign_anchor_to_bbox` (§9.4) against contrib.nd.MultiBoxTarget's
matching (the class target of ground truths labelled with their own indices). The
notebook's box_iou is the grader's correct one while they run."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch09.assign_anchor_to_bbox import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch09.assign_anchor_to_bbox import public as ex

pytestmark = pytest.mark.exercise("assign_anchor_to_bbox")

STAND_INS = ex.STAND_INS


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch09/assign_anchor_to_bbox/{key}".encode()))


def check(student, gt, anchors, thr, name):
    got = student.call("assign_anchor_to_bbox", gt, anchors, kwargs={"iou_threshold": thr},
                       stand_ins=STAND_INS).value
    fail_if(ex.check_result(got, ref.assign_anchor_to_bbox(gt, anchors, thr),
                            ref.variants(gt, anchors, thr), ex.iou_matrix(anchors, gt), thr,
                            name))


@pytest.mark.points(0.5)
def test_book_example(student, rng):
    """the book's cat and dog: the five anchors are labelled background, dog, cat,
    background, cat (also with every box moved a little)."""
    check(student, ref.BOOK_GT, ref.BOOK_ANCHORS, 0.5, "the book's cat-and-dog example")
    shift = np.tile(rng.uniform(-0.05, 0.05, size=2), 2).astype("float32")
    check(student, ref.BOOK_GT + shift, ref.BOOK_ANCHORS + shift, 0.5,
          "the book's example with every box moved by the same small offset")


@pytest.mark.points(0.5)
def test_scenes(student, rng):
    """random scenes on anchors from MultiBoxPrior, at several thresholds: each ground
    truth keeps its best anchor even below the threshold."""
    anchors = ref.prior_anchors(3, 4, [0.75, 0.5, 0.25], [1, 2, 0.5])
    for r, n_gt, thr in [(fixed_rng("scenes"), 3, 0.5), (rng, int(rng.integers(1, 5)),
                                                         float(rng.choice([0.3, 0.4, 0.6])))]:
        gt = ref.plain_scene(r, anchors, n_gt, thr)
        check(student, gt, anchors, thr,
              f"a scene of {n_gt} ground truths and {len(anchors)} anchors, "
              f"iou_threshold={thr}")


@pytest.mark.points(0.5)
def test_greedy_order(student, rng):
    """when two ground truths have the same best anchor, the larger IoU of the whole matrix
    is taken first and the other ground truth takes its best anchor among the rest."""
    for r in (fixed_rng("greedy"), rng):
        gt, anchors = ref.crowded_scene(r)
        check(student, gt, anchors, 0.5,
              "a crowded scene of 3 ground truths and 8 anchors")


@pytest.mark.points(0.5)
def test_edge_cases(student):
    """an IoU equal to the threshold is not enough, a ground truth that overlaps no anchor
    gets none, and of equal IoUs the first anchor wins."""
    gt, anchors, thr = ref.edge_scene()
    check(student, gt, anchors, thr, "IoUs of exactly 0.5 and a box no anchor overlaps")
