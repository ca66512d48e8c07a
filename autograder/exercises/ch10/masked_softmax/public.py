"""`masked_softmax(X, valid_len)` (§10.11, new material: the first edition has no masked
softmax): what the student sees, the public checks, the named mistakes and the grader's
correct version (``STAND_IN``) the checks of `dot_product_attention` and `attention_forward`
use.

``X`` ``(batch, num_queries, num_keys)``, ``valid_len`` ``(batch,)`` (integers stored as
float32, between 0 and num_keys) or None. Row ``X[b, q]`` is normalised by a softmax over its
first ``valid_len[b]`` keys; the keys ``k >= valid_len[b]`` get weight 0. A row of valid
length 0 is all zeros (no key to attend to). Without ``valid_len`` it is the softmax over the
last axis. MXNet computes the same with ``nd.SequenceMask(..., value=-1e6)`` on the keys, then
``nd.softmax`` over the last axis, times the 0/1 mask (the reference here). Every softmax
operator is forbidden in the answer: the grader sees which operators run, not their
arguments, so it cannot tell ``nd.softmax(X, length=..., use_length=True)``, which does the
whole job, from a plain ``nd.softmax``.
"""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, float32_tol, mismatch
from d2l.registry import Forbidden

SECTION = "§10.11 注意力机制"
SOFTMAX = frozenset({"softmax", "log_softmax", "softmin", "SoftmaxActivation", "SoftmaxOutput",
                     "softmax_cross_entropy"})
FORBIDDEN = Forbidden(ops=SOFTMAX, what="nd.softmax (in any form, use_length included) and "
                                        "its relatives")
HINTS = [("could not be broadcast", "X is (batch, num_queries, num_keys) and valid_len "
                                    "(batch,): reshape the mask to broadcast, e.g. "
                                    "(batch, 1, num_keys)")]
NEG = -1e6
# Weights lie in [0, 1] and come from exp of differences of float32 inputs: float32 rounds
# an input of magnitude m by m * eps, which moves a weight by about that much relatively.
# The checks add d2l.compare.float32_tol(X) to this floor.
RTOL, ATOL = 1e-5, 1e-6
GRAD_RTOL, GRAD_ATOL = 1e-4, 1e-5


def masked_softmax_stand_in(X, valid_len=None):
    """The grader's correct masked softmax, built on nd.SequenceMask and nd.softmax."""
    if valid_len is None:
        return nd.softmax(X, axis=-1)
    batch, queries, keys = X.shape
    vl = nd.repeat(valid_len.astype("float32"), repeats=queries)  # one length per row
    rows = X.reshape((-1, keys))
    masked = nd.SequenceMask(rows, vl, use_sequence_length=True, value=NEG, axis=1)
    keep = nd.SequenceMask(nd.ones_like(rows), vl, use_sequence_length=True, value=0, axis=1)
    return (nd.softmax(masked, axis=-1) * keep).reshape(X.shape)


STAND_IN = masked_softmax_stand_in


# --- what right and wrong versions compute (float64 NumPy) ----------------------------------


def _softmax(Z, axis=-1):
    E = np.exp(Z - Z.max(axis=axis, keepdims=True))
    return E / E.sum(axis=axis, keepdims=True)


def expected(X, valid_len, variant=None):
    """The masked softmax of ``X``, or what the named ``variant`` computes."""
    X = np.asarray(X, np.float64)
    if valid_len is None:
        return _softmax(X, axis=1 if variant == "queries_axis" else -1)
    vl = np.asarray(valid_len, np.float64)
    keys = X.shape[-1]
    if variant == "one_more":
        vl = np.minimum(vl + 1, keys)
    elif variant == "one_fewer":
        vl = np.maximum(vl - 1, 0)
    mask = np.arange(keys)[None, None, :] < vl[:, None, None]
    if variant == "mask_after":
        return _softmax(X) * mask
    if variant == "mask_zero":
        return _softmax(np.where(mask, X, 0.0))
    if variant == "queries_axis":
        return _softmax(np.where(mask, X, NEG), axis=1) * mask
    if variant == "queries_mask" and X.shape[1] == keys:
        qmask = np.swapaxes(np.broadcast_to(mask, X.shape), 1, 2)
        return _softmax(np.where(qmask, X, NEG)) * qmask
    out = _softmax(np.where(mask, X, NEG)) * mask
    if variant == "uniform_empty":
        out = np.where(vl[:, None, None] == 0, 1.0 / keys, out)
    return out


MESSAGES = {
    "queries_axis": ("the weights are normalised over the queries (axis=1): the softmax runs "
                     "over the keys, the last axis of (batch, num_queries, num_keys)"),
    "mask_after": ("the padded keys are zeroed after the softmax without renormalising: the "
                   "weights of each row no longer sum to 1. Replace the padded scores by a "
                   "large negative value (such as -1e6) before the softmax"),
    "mask_zero": ("the padded scores are set to 0 before the softmax, so the padded keys "
                  "still get weight exp(0) / sum: replace them by a large negative value "
                  "such as -1e6"),
    "one_more": "one key too many is kept: keys k < valid_len[b] are valid, "
                "k = valid_len[b] is padding",
    "one_fewer": "one key too few is kept: keys 0 .. valid_len[b] - 1 are valid",
    "queries_mask": ("the mask runs along the queries, not the keys: key k of row "
                     "X[b, q] is valid when k < valid_len[b]"),
    "uniform_empty": ("a row of valid length 0 is uniform (1 / num_keys: the softmax of "
                      "scores that are all -1e6): define it as all zeros, e.g. multiply the "
                      "weights by the 0/1 mask"),
}


def tol(X):
    return RTOL + float32_tol(X, floor=0.0), ATOL


def _close(a, b, X):
    rtol, atol = tol(X)
    return np.shape(a) == np.shape(b) and np.allclose(a, b, rtol, atol)


def diagnose(got, X, valid_len):
    """The named mistake that gives ``got``, or None (then only the numbers can say)."""
    arr = as_array(got)
    if arr is None or arr.shape != np.shape(X):
        return None
    arr = np.asarray(arr, np.float64)
    finite = np.isfinite(arr).all(axis=(1, 2))
    if not finite.all():
        if valid_len is not None and (np.asarray(valid_len)[~finite] == 0).all():
            return ("a row of valid length 0 gives NaN: with every key masked (by -inf, or a "
                    "sum of 0 in the denominator) the softmax is 0 / 0. Mask with a large "
                    "finite value such as -1e6 and define such a row as all zeros")
        return ("the result contains NaN or infinity: exp of large scores overflows float32. "
                "Subtract each row's maximum before exp (the result does not change)")
    right = expected(X, valid_len)
    if _close(arr, right, X):
        return None
    if valid_len is not None and _underflowed(arr, np.asarray(X, np.float64), valid_len):
        return UNDERFLOW
    for variant, message in MESSAGES.items():
        if valid_len is None and variant != "queries_axis":
            continue
        wrong = expected(X, valid_len, variant)
        if _close(arr, wrong, X) and not _close(right, wrong, X):
            return message
    return None


UNDERFLOW = ("the valid weights underflow to 0 when the padded scores are much larger than "
             "the valid ones: the shift by the row maximum (or the softmax) includes the "
             "padding. Mask first (padded scores to -1e6), then subtract the row maximum")


def _underflowed(arr, X, valid_len):
    """Rows with valid keys whose weights are all 0, while padding far outscores them."""
    vl = np.asarray(valid_len, np.float64)
    mask = np.broadcast_to(np.arange(X.shape[-1]) < vl[:, None, None], X.shape)
    live = vl > 0
    if not live.any() or mask.all():
        return False
    far = np.max(np.where(mask, -np.inf, X)) - np.max(np.where(mask, X, -np.inf)) > 50
    return bool(far and np.allclose(arr[live], 0.0, atol=1e-6))


NO_GRADIENT = ("no gradient reaches X: the weights were computed outside autograd (NumPy, "
               ".asnumpy() or nd.array(...)); use NDArray operations only")


def gradient_problem(grad, want, X):
    g = as_array(grad)
    if g is None:
        return NO_GRADIENT
    g = np.asarray(g, np.float64)
    if g.shape == np.shape(want) and not np.isfinite(g).all():
        return ("the gradient with respect to X contains NaN or infinity: masking with -inf "
                "makes exp(-inf - (-inf)) = NaN in a row of valid length 0, and the gradient "
                "flows through it even where nd.where hides it in the result. Mask with a "
                "large finite value such as -1e6")
    if not np.any(g) and np.any(want):
        return NO_GRADIENT
    return mismatch(g, want, GRAD_RTOL + float32_tol(X, floor=0.0), GRAD_ATOL,
                    name="the gradient with respect to X")


# --- the public checks ----------------------------------------------------------------------


def _check(fn, X, valid_len, out, what):
    got = fn(nd.array(X), None if valid_len is None else nd.array(valid_len))
    rtol, atol = tol(X)
    return diagnose(got, X, valid_len) or mismatch(got, out, rtol, atol, name=what)


def _plain(fn, cases):
    return _check(fn, cases["X"], None, cases["plain"], "masked_softmax(X, None)")


def _masked(fn, cases):
    return _check(fn, cases["X"], cases["valid_len"], cases["out"],
                  f"masked_softmax(X, {cases['valid_len'].astype(int).tolist()})")


def _large(fn, cases):
    return _check(fn, cases["big"], cases["valid_len"], cases["big_out"],
                  "masked_softmax of scores near +-1000")


def _gradient(fn, cases):
    X = nd.array(cases["X"])
    X.attach_grad()
    with autograd.record():
        got = fn(X, nd.array(cases["valid_len"]))
    problem = diagnose(got, cases["X"], cases["valid_len"]) or mismatch(
        got, cases["out"], *tol(cases["X"]), name="the weights")
    if problem:
        return f"the weights are wrong, so their gradient cannot be checked: {problem}"
    try:
        got.backward(nd.array(cases["head"]))
    except Exception:  # noqa: BLE001 - MXNet refuses a result outside the graph
        return NO_GRADIENT
    return gradient_problem(X.grad, cases["grad"], cases["X"])


CHECKS = [
    ("without valid_len: the softmax over the last axis (the keys)", _plain),
    ("masks the padded keys; a row of valid length 0 is all zeros", _masked),
    ("stays finite and exact for scores near +-1000", _large),
    ("passes the right gradient back to X (rows of valid length 0 included)", _gradient),
]
