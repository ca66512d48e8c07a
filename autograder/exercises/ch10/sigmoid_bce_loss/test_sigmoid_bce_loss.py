"""Hidden checks for `sigmoid_bce_loss` (§10.3) against gloss.SigmoidBinaryCrossEntropyLoss
with the mask as sample weight: values, masks, large logits, gradients."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.sigmoid_bce_loss import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch10.sigmoid_bce_loss import public as ex

pytestmark = pytest.mark.exercise("sigmoid_bce_loss")


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/sigmoid_bce_loss/{key}".encode()))


def check(student, pred, label, mask):
    got = student.call("sigmoid_bce_loss", pred, label, mask).value
    fail_if(ex.diagnose(got, pred, label, mask))
    expect_close(got, ref.sigmoid_bce_loss(pred, label, mask),
                 f"sigmoid_bce_loss of a {pred.shape} batch", *ex.loss_tol(pred))


@pytest.mark.points(0.5)
def test_matches_gluon(student, rng):
    """matches gloss.SigmoidBinaryCrossEntropyLoss (one loss per example, the mean over the
    last axis) on batches without padding."""
    check(student, *ref.batch(fixed_rng("matches"), 5, 8, full=True))
    check(student, *ref.batch(rng, 3, 6, full=True))


@pytest.mark.points(0.5)
def test_mask(student, rng):
    """padding (mask 0) contributes nothing, and the mean is over the full length
    mask.shape[1], as Gluon's loss with the mask as sample weight."""
    check(student, *ref.batch(fixed_rng("mask"), 6, 9))
    check(student, *ref.batch(rng, 4, 5))


@pytest.mark.points(0.5)
def test_large_logits(student, rng):
    """stays finite and exact for logits of +-100 with either label."""
    check(student, *ref.large_batch())
    pred, label, mask = ref.batch(rng, 4, 6, full=True)
    pred = (np.sign(pred) * rng.uniform(40, 120, size=pred.shape)).astype("float32")
    label[:, :3] = rng.integers(0, 2, size=(4, 3))
    check(student, pred, label, mask)


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradient with respect to pred back through autograd (0 where the
    mask is 0)."""
    for r in [fixed_rng("gradient"), rng]:
        pred, label, mask = ref.batch(r, 5, 7)
        head = r.normal(size=5).astype("float32")
        result = student.call("sigmoid_bce_loss", pred, label, mask, grad=[0], head_grad=head)
        fail_if(ex.diagnose(result.value, pred, label, mask))
        expect_close(result.grads[0], ref.sigmoid_bce_loss_grad(pred, label, mask, head),
                     "the gradient with respect to pred", rtol=1e-4, atol=1e-6)
