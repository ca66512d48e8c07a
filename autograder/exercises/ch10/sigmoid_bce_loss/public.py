"""`sigmoid_bce_loss(pred, label, mask)` (§10.3): the masked sigmoid binary cross-entropy of
negative sampling, written from scratch; what the student sees, the public checks and the
named mistakes.

Per entry, with logit ``x = pred``, label ``z`` in {0, 1} and mask ``m`` in {0, 1}:
``m * (max(x, 0) - x * z + log(1 + exp(-|x|)))`` (= ``-m * log sigmoid(x)`` for z = 1 and
``-m * log sigmoid(-x)`` for z = 0); the result is, per example, the **mean over the last
axis, divided by the full length** (not by ``mask.sum``), exactly what
``gloss.SigmoidBinaryCrossEntropyLoss()(pred, label, mask)`` returns. The book's train loop
then multiplies by ``mask.shape[1] / mask.sum(axis=1)``."""

import numpy as np
from mxnet import nd

from d2l.compare import EPS32, as_array, mismatch
from d2l.registry import Forbidden, loss_funcs

SECTION = "§10.3 word2vec的实现"
FORBIDDEN = Forbidden(
    ops={"LogisticRegressionOutput"},
    funcs=loss_funcs(),
    what="gluon.loss.SigmoidBinaryCrossEntropyLoss (or another Gluon loss) or "
         "nd.LogisticRegressionOutput")
HINTS = [("could not be broadcast", "pred, label and mask all have shape (batch, max_len); "
                                    "average over axis=1 at the very end")]


def reference_np(pred, label, mask, axis=1):
    """The stable formula in float64 (what the diagnoses compare alternatives with)."""
    x = np.asarray(pred, "float64")
    z = np.asarray(label, "float64")
    m = np.asarray(mask, "float64")
    loss = np.maximum(x, 0) - x * z + np.log1p(np.exp(-np.abs(x)))
    return (m * loss).mean(axis=axis)


def loss_tol(pred):
    """float32 rounding of max(x, 0) - x z + log(1 + exp(-|x|)): a few eps of the largest
    |x| per term, a mean of L terms; the named mistakes are off by O(1)."""
    x = np.asarray(as_array(pred) if as_array(pred) is not None else pred, "float64")
    largest = float(np.max(np.abs(x))) if x.size else 0.0
    L = x.shape[-1] if x.ndim else 1
    return 1e-5, 1e-6 + 4 * L * EPS32 * (1.0 + largest)


def _close(arr, expected, tol):
    return arr.shape == expected.shape and np.allclose(arr, expected, *tol)


def diagnose(got, pred, label, mask):
    """The named mistakes: NaN/inf (the unstable form), wrong reduction axis, no
    reduction, sum instead of mean, the mask ignored, dividing by mask.sum, sign errors."""
    arr = as_array(got)
    if arr is None or arr.dtype.kind not in "biuf":
        return None
    arr = arr.astype("float64")
    pred, label, mask = (np.asarray(v, "float64") for v in (pred, label, mask))
    B, L = pred.shape
    tol = loss_tol(pred)
    if not np.isfinite(arr).all():
        return ("the loss contains NaN or inf: log(sigmoid(x)) or log(1 + exp(-x)) overflows "
                "or underflows for large |x| (x = -100 gives log(0)). Use the stable form "
                "max(x, 0) - x * z + log(1 + exp(-|x|))")
    expected = reference_np(pred, label, mask)
    if _close(arr, expected, tol):
        return None
    if arr.shape == (L,) and L != B and np.allclose(arr, reference_np(pred, label, mask, 0),
                                                    *tol):
        return ("the mean is taken over axis 0 (the batch): return one loss per example, "
                "the mean over the last axis, shape (batch,)")
    if arr.shape == pred.shape:
        return ("the result has the shape of pred: return one loss per example, the mean "
                "over the last axis (axis=1), shape (batch,)")
    if arr.size == 1 and B > 1:
        return "the result is a single number: return one loss per example, shape (batch,)"
    arr = arr.reshape(-1) if arr.size == B else arr
    if arr.shape != expected.shape:
        return None
    if np.allclose(arr, expected * L, tol[0], tol[1] * L):
        return ("the loss is summed over the last axis: take the mean (divide by the full "
                "length mask.shape[1], as gloss.SigmoidBinaryCrossEntropyLoss does)")
    counts = mask.sum(axis=1)
    if (counts > 0).all() and np.allclose(arr, expected * L / counts, tol[0], tol[1] * L):
        return ("the loss is divided by mask.sum(axis=1): keep the Gluon convention, the mean "
                "over the full length mask.shape[1]; the book's train loop multiplies by "
                "mask.shape[1] / mask.sum(axis=1) itself")
    if np.allclose(arr, reference_np(pred, label, np.ones_like(mask)), *tol):
        return ("the mask is ignored: padding entries (mask 0) must contribute 0 to the loss "
                "(multiply each entry's loss by the mask before the mean)")
    if np.allclose(arr, -expected, *tol):
        return "the sign is wrong: the loss is -log sigmoid(x) for label 1, a positive number"
    if np.allclose(arr, reference_np(-pred, label, mask), *tol):
        return ("the sign of x is flipped: label 1 should give -log sigmoid(x) = log(1 + "
                "exp(-x)) and label 0 give -log sigmoid(-x) = log(1 + exp(x))")
    return None


def _call(fn, cases, key):
    pred, label, mask = cases[f"pred{key}"], cases[f"label{key}"], cases[f"mask{key}"]
    got = fn(nd.array(pred), nd.array(label), nd.array(mask))
    return (diagnose(got, pred, label, mask)
            or mismatch(got, cases[f"out{key}"], *loss_tol(pred),
                        name=f"sigmoid_bce_loss of a {pred.shape} batch"))


def _recorded(fn, cases):
    return _call(fn, cases, "0") or _call(fn, cases, "1")


def _large(fn, cases):
    return _call(fn, cases, "_large")


CHECKS = [
    ("matches gloss.SigmoidBinaryCrossEntropyLoss with masks on recorded batches", _recorded),
    ("stays finite and exact for logits of +-100", _large),
]
