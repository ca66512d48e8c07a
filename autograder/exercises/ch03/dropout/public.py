"""`dropout` (§3.13): what the student sees, the public check and the named mistakes.

Masks are random, so the checks look at their statistics: the fraction of entries dropped
must be ``drop_prob`` within six standard deviations of a binomial count (a correct
dropout fails that once in 500 million calls), and every kept entry must be scaled by
exactly ``1 / (1 - drop_prob)``.
"""

import numpy as np

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch03 import gradients

SECTION = "§3.13 丢弃法"
FORBIDDEN = Forbidden(ops={"Dropout"}, what="nd.Dropout / nn.Dropout")

# x / keep_prob (or x * (1 / keep_prob)) rounds once: the scale of a kept entry is
# 1 / keep_prob to a few eps; the named mistakes are off by factors.
SCALE_RTOL = 1e-5


def wrong_shape(out, X):
    arr = as_array(out)
    if arr is None or arr.shape != np.shape(X):
        return f"dropout should return an array of X's shape {np.shape(X)}"
    return None


def lines_dropped(out):
    """True when most rows (or most columns) are all dropped or all kept, though some
    entries are dropped and some kept."""
    if (out == 0).all() or (out != 0).all():
        return False
    rows = (out == 0).all(axis=1) | (out != 0).all(axis=1)
    cols = (out == 0).all(axis=0) | (out != 0).all(axis=0)
    return bool(rows.mean() >= 0.5 or cols.mean() >= 0.5)


def whole_lines(out):
    """Whole rows or columns are dropped together."""
    if lines_dropped(out):
        return ("whole rows or columns are dropped together, so the fraction dropped varies "
                "wildly: draw one random number per entry (nd.random.uniform(0, 1, X.shape))")
    return None


def wrong_rate(out, p, reference=None):
    """No entry dropped, whole rows or columns dropped, ``1 - p`` dropped instead of ``p``,
    or another fraction than ``p`` (``reference``: what nd.Dropout dropped, for the
    message). ``out`` comes from an input without zeros."""
    if not (out == 0).any():
        return (f"with drop_prob={p} no entry was dropped: zero each entry with probability "
                "drop_prob (nd.random.uniform(0, 1, X.shape) < keep_prob)")
    problem = whole_lines(out)
    if problem:
        return problem
    dropped = float((out == 0).mean())
    tolerance = 6 * np.sqrt(p * (1 - p) / out.size)  # six standard deviations
    if abs(dropped - p) < tolerance:
        return None
    if abs(dropped - (1 - p)) < tolerance:
        return (f"with drop_prob={p} it dropped {dropped:.1%} of the entries, about 1 - p: "
                "drop_prob is the probability of dropping, keep_prob = 1 - drop_prob")
    also = f"; nd.Dropout drops {reference:.1%}" if reference is not None else ""
    return (f"with drop_prob={p} it dropped {dropped:.1%} of the entries{also} (expected "
            f"{p:.0%} within {tolerance:.2%})")


def wrong_scale(out, X, p):
    """The kept entries are not rescaled, or multiplied by keep_prob, or scaled otherwise
    than by ``1 / (1 - p)``."""
    kept = out != 0
    scale = out[kept] / X[kept]
    if np.allclose(scale, 1, rtol=SCALE_RTOL, atol=0):
        return "kept entries are not rescaled: divide them by keep_prob = 1 - drop_prob"
    if np.allclose(scale, 1 - p, rtol=SCALE_RTOL, atol=0):
        return "kept entries are multiplied by keep_prob; divide by it instead"
    return mismatch(scale, np.full_like(scale, 1 / (1 - p)), SCALE_RTOL, 0,
                    name="the scale of kept entries")


def wrong_edges(out0, X, out1):
    """``out0 = dropout(X, 0)`` is not X, or ``out1 = dropout(X, 1)`` is not all zeros."""
    # x / 1 and x * 1 are exact
    problem = mismatch(out0, X, 1e-6, 0, name="dropout(X, 0)")
    if problem:
        return problem
    if not np.isfinite(out1).all():
        return ("dropout(X, 1) contains NaN or inf: when keep_prob is 0 return zeros instead of "
                "dividing by 0")
    if not np.all(out1 == 0):
        return "dropout(X, 1) should be all zeros"
    return None


def same_masks(a, b):
    """Two calls on the same input dropped the same entries, or whole rows or columns."""
    if np.array_equal(a == 0, b == 0):
        return "two calls dropped exactly the same entries: draw a new random mask on every call"
    return whole_lines(a)


def implausible_mask(out, p):
    """The mask of a call whose gradient is checked is far from dropping ``p`` of the
    entries independently (the expected gradient comes from this very mask). Within 0.1
    of p: over 9 standard deviations for 2,000 entries."""
    dropped = float((out == 0).mean())
    lines = lines_dropped(out)
    if abs(dropped - p) < 0.1 and not lines:
        return None
    return (f"with p = {p} the output has {dropped:.0%} of its entries dropped, "
            f"{'in whole rows or columns' if lines else f'not about {p:.0%}'}: drop each "
            "entry independently with probability p")


def mask_gradient(out, p):
    """The gradient of dropout with respect to X, for the mask that gave ``out``."""
    return np.where(out != 0, 1 / (1 - p), 0).astype("float32")


# --- the public checks ----------------------------------------------------------------


def _run(fn, X, p):
    from mxnet import autograd, nd

    with autograd.train_mode():
        out = fn(nd.array(X), p)
    return as_array(out)


def _statistics(fn, cases):
    X = np.random.default_rng(0).uniform(1, 2, size=(200, 500)).astype("float32")
    out = _run(fn, X, 0.3)
    return wrong_shape(out, X) or wrong_rate(out, 0.3) or wrong_scale(out, X, 0.3)


def _edges(fn, cases):
    X = np.random.default_rng(1).normal(size=(4, 5)).astype("float32")
    out0, out1 = _run(fn, X, 0.0), _run(fn, X, 1.0)
    return wrong_shape(out0, X) or wrong_shape(out1, X) or wrong_edges(out0, X, out1)


def _masks(fn, cases):
    X = np.ones((300, 300), dtype="float32")
    a, b = _run(fn, X, 0.5), _run(fn, X, 0.5)
    return wrong_shape(a, X) or wrong_shape(b, X) or same_masks(a, b)


def _gradient(fn, cases):
    from mxnet import nd

    p = 0.4
    X = np.random.default_rng(2).uniform(1, 2, size=(50, 40)).astype("float32")
    outputs = []

    def keep(x, p):
        out = fn(x, p)
        outputs.append(out)
        return out

    grads, problem = gradients(keep, [X, p], [0], train_mode=True)
    if problem:
        return problem
    out = as_array(outputs[0]) if isinstance(outputs[0], nd.NDArray) else None
    return (wrong_shape(out, X) or implausible_mask(out, p)
            or mismatch(grads[0], mask_gradient(out, p), SCALE_RTOL, 0,
                        name="the gradient with respect to X (mask / keep_prob)"))


CHECKS = [
    ("drops about 30% and scales the rest by 1 / 0.7", _statistics),
    ("drop_prob 0 keeps X, drop_prob 1 gives zeros (no NaN)", _edges),
    ("a new independent mask on every call", _masks),
    ("passes gradients only through kept entries, scaled by 1 / (1 - p)", _gradient),
]
