"""Reference `sigmoid_bce_loss`: Gluon's ``SigmoidBinaryCrossEntropyLoss`` with the mask as
``sample_weight`` (mean over the last axis of mask * loss), and its gradient by autograd."""

import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import loss as gloss

_LOSS = gloss.SigmoidBinaryCrossEntropyLoss()


def sigmoid_bce_loss(pred, label, mask):
    out = _LOSS(nd.array(pred), nd.array(label), nd.array(mask))
    return out.asnumpy()


def sigmoid_bce_loss_grad(pred, label, mask, head):
    x = nd.array(pred)
    x.attach_grad()
    with autograd.record():
        out = _LOSS(x, nd.array(label), nd.array(mask))
    out.backward(nd.array(head))
    return x.grad.asnumpy()


def batch(rng, B, L, scale=2.0, full=False):
    """A batch as batchify makes it: per row n_i context words (label 1), then negatives,
    then padding (mask 0, label 0)."""
    pred = (rng.normal(size=(B, L)) * scale).astype("float32")
    label = np.zeros((B, L), "float32")
    mask = np.zeros((B, L), "float32")
    for i in range(B):
        used = L if full or i == 0 else int(rng.integers(2, L + 1))
        n_ctx = int(rng.integers(1, max(2, used // 3 + 1)))
        mask[i, :used] = 1
        label[i, :n_ctx] = 1
    return pred, label, mask


def large_batch():
    """Logits of +-100 and +-30 with both labels, no padding (this case is about stability):
    the unstable forms give inf or NaN."""
    pred = np.array([[100, -100, 100, -100, 30, -30],
                     [-100, 100, -30, 30, 0.5, -2],
                     [100, -100, 2, 100, -100, 0]], "float32")
    label = np.array([[1, 1, 0, 0, 1, 0],
                      [1, 0, 0, 1, 0, 0],
                      [1, 0, 0, 0, 0, 0]], "float32")
    return pred, label, np.ones_like(pred)


def public_cases(rng):
    cases = {}
    for key, (B, L) in [("0", (4, 7)), ("1", (3, 5))]:
        pred, label, mask = batch(rng, B, L)
        cases.update({f"pred{key}": pred, f"label{key}": label, f"mask{key}": mask,
                      f"out{key}": sigmoid_bce_loss(pred, label, mask)})
    pred, label, mask = large_batch()
    cases.update({"pred_large": pred, "label_large": label, "mask_large": mask,
                  "out_large": sigmoid_bce_loss(pred, label, mask)})
    return cases
