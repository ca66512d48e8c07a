"""Hidden checks for `multibox_detection` (§9.4) against contrib.nd.MultiBoxDetection with
its defaults. The notebook's nms, box_iou and box conversions are the grader's correct ones
while they run."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch09.multibox_detection import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch09.multibox_detection import public as ex

pytestmark = pytest.mark.exercise("multibox_detection")

STAND_INS = ex.STAND_INS


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch09/multibox_detection/{key}".encode()))


def check(student, probs, offsets, anchors, thr, name):
    got = student.call("multibox_detection", probs, offsets, anchors,
                       kwargs={"nms_threshold": thr},
                       stand_ins=STAND_INS).value
    fail_if(ex.check_result(got, ref.multibox_detection(probs, offsets, anchors, thr),
                            ref.variants(probs, offsets, anchors, thr), name))


@pytest.mark.points(0.5)
def test_book_example(student, rng):
    """the book's four boxes: dog 0.9 and cat 0.9 kept, the dog boxes 0.8 and 0.7
    suppressed (class -1) (also with every box moved a little)."""
    check(student, ref.BOOK_PROBS, ref.BOOK_OFFSETS, ref.BOOK_ANCHORS, 0.5,
          "the book's example (zero offsets)")
    shift = np.tile(rng.uniform(-0.05, 0.05, size=2), 2).astype("float32")
    check(student, ref.BOOK_PROBS, ref.BOOK_OFFSETS, ref.BOOK_ANCHORS + shift, 0.5,
          "the book's example with every box moved by the same small offset")


@pytest.mark.points(0.5)
def test_scene(student, rng):
    """a random scene of one image with offsets, two classes, boxes across the border and
    low scores, nms_threshold 0.5."""
    for r in (fixed_rng("scene"), rng):
        check(student, *ref.scene(r, thr=0.5), 0.5,
              "a random scene of 14 anchors and 2 classes, nms_threshold=0.5")


@pytest.mark.points(0.5)
def test_batch(student, rng):
    """a batch of two images, three classes, other nms_thresholds."""
    for r, thr in ((fixed_rng("batch"), 0.3), (rng, float(rng.choice([0.4, 0.6])))):
        check(student, *ref.scene(r, batch=2, n_a=10, classes=3, thr=thr), thr,
              f"a batch of 2 images, 10 anchors, 3 classes, nms_threshold={thr}")
