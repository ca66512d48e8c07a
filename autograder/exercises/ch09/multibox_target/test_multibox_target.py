"""Hidden checks for `multibox_target` (§9.4) against contrib.nd.MultiBoxTarget. The
notebook's assign_anchor_to_bbox, box_iou and box_corner_to_center are the grader's correct
ones while they run."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch09.multibox_target import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch09.multibox_target import public as ex

pytestmark = pytest.mark.exercise("multibox_target")

STAND_INS = ex.STAND_INS


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch09/multibox_target/{key}".encode()))


def check(student, anchors, labels, name):
    got = student.call("multibox_target", anchors, labels, stand_ins=STAND_INS).value
    fail_if(ex.check_result(got, ref.multibox_target(anchors, labels),
                            {"threshold_only": ref.threshold_only(anchors, labels)},
                            bool((labels[:, :, 0] < 0).any()), name))


@pytest.mark.points(0.5)
def test_book_example(student, rng):
    """the book's cat and dog: classes [0, 1, 2, 0, 2], the masks and the offsets with the
    variances (0.1, 0.1, 0.2, 0.2) (also with every box moved a little)."""
    check(student, ref.BOOK_ANCHORS, ref.BOOK_LABELS, "the book's cat-and-dog example")
    shift = np.tile(rng.uniform(-0.05, 0.05, size=2), 2).astype("float32")
    labels = ref.BOOK_LABELS.copy()
    labels[:, :, 1:] += shift
    check(student, ref.BOOK_ANCHORS + shift, labels,
          "the book's example with every box moved by the same small offset")


@pytest.mark.points(0.5)
def test_batch(student, rng):
    """a batch of two images without padding, on anchors from MultiBoxPrior."""
    anchors = ref.prior_anchors(3, 3, [0.7, 0.4, 0.2], [1, 2, 0.5])
    for r in (fixed_rng("batch"), rng):
        n = int(r.integers(2, 4))
        check(student, anchors, ref.batch(r, anchors, [n, n], n),
              f"a batch of 2 images with {n} ground truths each, {anchors.shape[1]} anchors")


@pytest.mark.points(0.5)
def test_padding(student, rng):
    """a batch of three images with 1 to 3 ground truths each, padded with rows of -1."""
    anchors = ref.prior_anchors(2, 4, [0.6, 0.3], [1, 2, 0.5])
    for r in (fixed_rng("padding"), rng):
        counts = [1, 3, 2] if r is not rng else list(r.permutation([1, 2, 3]))
        check(student, anchors, ref.batch(r, anchors, counts, 4),
              f"a padded batch (ground truths per image: {counts}, 4 label rows)")
