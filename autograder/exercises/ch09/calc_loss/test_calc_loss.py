"""Hidden checks for `calc_loss` (§9.7) against the book's code on Gluon's
SoftmaxCrossEntropyLoss and L1Loss (the notebook's locked cell defines cls_loss and
bbox_loss, the book's loss objects, before the answer)."""

import numpy as np
import pytest

from autograder.exercises.ch09.calc_loss import reference as ref
from autograder.testing import as_numpy, expect_close, fail_if
from d2l.selfcheck.ch09.calc_loss import public as ex

pytestmark = pytest.mark.exercise("calc_loss")


def check(student, args, what):
    got = student.calc_loss(*args)
    expected = ref.calc_loss(*args)
    arr = as_numpy(got)
    if not (arr is not None and arr.shape == expected.shape
            and np.allclose(arr, expected, 1e-4, 1e-6)):
        fail_if(ex.named(got, ref.variants(*args), args[0].shape[0]))
    expect_close(got, expected, what, rtol=1e-4, atol=1e-6)


@pytest.mark.points(0.5)
def test_all_positive(student, rng):
    """with every anchor labelled with an object (masks all ones): cross-entropy plus L1,
    one loss per example."""
    n, a, q = 3, int(rng.integers(4, 9)), int(rng.integers(1, 4))
    args = ref.batch(rng, n, a, q, all_positive=True)
    check(student, args, f"calc_loss of {n} images with {a} positive anchors")


@pytest.mark.points(0.5)
def test_masks(student, rng):
    """the offsets of background anchors (mask 0) do not count."""
    n, a, q = 2, int(rng.integers(4, 9)), int(rng.integers(1, 4))
    args = ref.batch(rng, n, a, q)
    args[2] = args[2] + 5 * (1 - args[4])  # far-off predictions where the mask is 0
    check(student, args, f"calc_loss of {n} images with {a} anchors, some background")


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the book's gradients back to cls_preds and bbox_preds through autograd."""
    n, a, q = 2, int(rng.integers(4, 9)), int(rng.integers(1, 4))
    args = ref.batch(rng, n, a, q)
    result = student.call("calc_loss", *args, grad=[0, 2])
    g_cls, g_bbox = ref.calc_loss_grads(*args)
    expect_close(result.grads[0], g_cls, "the gradient with respect to cls_preds",
                 rtol=1e-4, atol=1e-6)
    got = as_numpy(result.grads[1])
    leaks = got is not None and got.shape == g_bbox.shape and np.any(got * (1 - args[4]))
    expect_close(result.grads[1], g_bbox, "the gradient with respect to bbox_preds",
                 rtol=1e-4, atol=1e-6, hint=ex.MISTAKES["no_masks"] if leaks else None)
