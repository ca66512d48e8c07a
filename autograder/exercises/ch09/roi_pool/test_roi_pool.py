"""Hidden checks for `roi_pool` (§9.8) against MXNet's ``nd.ROIPooling``."""

import numpy as np
import pytest

from autograder.exercises.ch09._ssd import both
from autograder.exercises.ch09.roi_pool import reference as ref
from autograder.testing import as_numpy, expect_close, fail_if
from d2l.selfcheck.ch09.roi_pool import public as ex

pytestmark = pytest.mark.exercise("roi_pool")


def check(student, X, rois, pooled_size, scale, what):
    got = student.roi_pool(X, rois, tuple(pooled_size), scale)
    expected = ref.roi_pool(X, rois, pooled_size, scale)
    # the NumPy model of MXNet's arithmetic must agree with MXNet on the grader's cases
    assert np.array_equal(ref.numpy_roi_pool(X, rois, pooled_size, scale), expected)
    arr = as_numpy(got)
    if not (arr is not None and arr.shape == expected.shape
            and np.allclose(arr, expected, 0, 1e-6)):
        fail_if(ex.named(got, ref.variants(X, rois, pooled_size, scale)))
    expect_close(got, expected, what, rtol=0, atol=1e-6)


@pytest.mark.points(0.5)
def test_book(student, rng):
    """gives the book's [[5, 6], [9, 10]] and [[9, 11], [13, 15]] (spatial_scale 0.1; its
    two ROIs twice, in a random order)."""
    rois = rng.permutation(np.concatenate([ex.BOOK_ROIS, ex.BOOK_ROIS]))
    check(student, ex.BOOK_X, rois, (2, 2), 0.1, "roi_pool on the book's example")


@pytest.mark.points(1)
def test_random(student, rng):
    """matches nd.ROIPooling on random feature maps (negative values too), ROIs on several
    images of a batch, pooled sizes and spatial scales."""
    for r, (pooled, scale) in zip(both("roi_pool/random", rng), [((3, 2), 0.25),
                                                                 ((2, 3), 0.125)]):
        H, W = int(r.integers(5, 8)), int(r.integers(5, 9))
        X = r.normal(size=(2, 3, H, W)).astype("float32") - 1
        rois = ref.random_rois(r, 5, 2, H, W, scale, pooled)
        rois[:2, 0] = [0, 1]
        check(student, X, rois, pooled, scale,
              f"roi_pool of a (2, 3, {H}, {W}) map, pooled_size {pooled}, "
              f"spatial_scale {scale}")


@pytest.mark.points(0.5)
def test_rounding(student, rng):
    """rounds the scaled coordinates half away from zero, as C's round (2.5 -> 3)."""
    for r in both("roi_pool/rounding", rng):
        # positive features; scale 0.5 and odd coordinates: every scaled corner is a half
        X = r.uniform(0.5, 1.5, size=(1, 2, 8, 8)).astype("float32")
        rois = np.array([[0, 1, 3, 5, 9], [0, 3, 1, 11, 7], [0, 5, 5, 13, 13]], "float32")
        rois[:, 1:] += 2 * r.integers(0, 2, size=(3, 4))
        check(student, X, rois, (2, 2), 0.5,
              "roi_pool of ROIs whose scaled corners are halves")


@pytest.mark.points(0.5)
def test_edges(student, rng):
    """bins outside the feature map are empty and give 0; an ROI with x2 < x1 is one pixel."""
    H, W = 5, 6
    rois = np.array([[0, 8, 6, 18, 14],    # runs past the right and bottom edges
                     [0, 14, 2, 30, 30],   # mostly outside
                     [0, 6, 6, 2, 2],      # x2 < x1, y2 < y1: a single pixel
                     [0, 0, 0, 22, 18]], "float32")  # the whole map and more
    for r in both("roi_pool/edges", rng):
        X = r.normal(size=(1, 2, H, W)).astype("float32") - 2  # mostly negative
        check(student, X, rois, (3, 3), 0.5, "roi_pool of ROIs at and past the map's edges")
