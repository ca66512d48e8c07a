"""`dot_product_attention(Q, K, V, valid_len)` (§10.11, the vectorised form the book gives as
the formula softmax(Q K^T) V): what the student sees, the public checks and the named
mistakes.

``Q`` ``(batch, num_queries, d)``, ``K`` ``(batch, num_keys, d)``, ``V`` ``(batch, num_keys,
d_v)``, ``valid_len`` ``(batch,)`` or None. The result ``(batch, num_queries, d_v)`` is
``masked_softmax(Q K^T / sqrt(d), valid_len) V``: the scores are divided by the square root
of the length ``d`` of the queries and keys (the scaled dot product of the Transformer; the
book's formula has no scaling). The checks swap in the grader's correct ``masked_softmax``
(``STAND_INS``), so the function is judged on its own.
"""

import math

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, float32_tol, mismatch
from d2l.registry import Forbidden

SECTION = "§10.11 注意力机制"
FUSED = frozenset({"_contrib_interleaved_matmul_selfatt_qk",
                   "_contrib_interleaved_matmul_selfatt_valatt",
                   "_contrib_interleaved_matmul_encdec_qk",
                   "_contrib_interleaved_matmul_encdec_valatt"})
FORBIDDEN = Forbidden(ops=FUSED, what="MXNet's fused attention operators "
                                      "(nd.contrib.interleaved_matmul_*)")
STAND_INS = {"masked_softmax": "masked_softmax"}
HINTS = [("batch_dot", "Q is (batch, num_queries, d) and K (batch, num_keys, d): the scores "
                       "are nd.batch_dot(Q, K, transpose_b=True), (batch, num_queries, "
                       "num_keys)")]
# Each score sums d float32 products; the weights come from exp of the scores, the result
# sums num_keys products of weights and values: float32_tol of the inputs plus a floor.
RTOL, ATOL = 1e-5, 1e-5
GRAD_RTOL, GRAD_ATOL = 1e-4, 1e-4


def dot_product_attention_stand_in(Q, K, V, valid_len=None):
    """The grader's correct scaled dot-product attention (nd.batch_dot and the grader's
    masked softmax)."""
    from d2l.selfcheck.ch10.masked_softmax.public import STAND_IN as masked_softmax

    scores = nd.batch_dot(Q, K, transpose_b=True) / math.sqrt(Q.shape[-1])
    return nd.batch_dot(masked_softmax(scores, valid_len), V)


STAND_IN = dot_product_attention_stand_in


def _masked_softmax(S, valid_len, axis=-1, queries_mask=False):
    keys = S.shape[-1]
    if valid_len is None:
        mask = np.ones(S.shape, bool)
    elif queries_mask:
        mask = np.broadcast_to(np.arange(S.shape[1])[None, :, None]
                               < np.asarray(valid_len)[:, None, None], S.shape)
    else:
        mask = np.broadcast_to(np.arange(keys)[None, None, :]
                               < np.asarray(valid_len)[:, None, None], S.shape)
    Z = np.where(mask, S, -1e6)
    E = np.exp(Z - Z.max(axis=axis, keepdims=True))
    return E / E.sum(axis=axis, keepdims=True) * mask


def expected(Q, K, V, valid_len, variant=None):
    """What the attention (or its named ``variant``) computes, in float64."""
    Q, K, V = (np.asarray(a, np.float64) for a in (Q, K, V))
    d = Q.shape[-1]
    S = Q @ np.swapaxes(K, 1, 2)
    if variant == "K_reshaped":
        S = Q @ K.reshape(K.shape[0], K.shape[2], K.shape[1])
    if variant == "KQ" and S.shape[1] == S.shape[2]:
        S = np.swapaxes(S, 1, 2)  # K Q^T: only of the right shape when square
    scale = {"no_scale": 1.0, "by_d": d, "by_sqrt_dv": math.sqrt(V.shape[-1]),
             "by_sqrt_keys": math.sqrt(K.shape[1]), "times_sqrt_d": 1 / math.sqrt(d)}
    S = S / scale.get(variant, math.sqrt(d))
    W = _masked_softmax(S, valid_len, axis=1 if variant == "queries_axis" else -1,
                        queries_mask=variant == "queries_mask")
    return W @ V


MESSAGES = {
    "no_scale": "the scores are not scaled: divide Q K^T by sqrt(d), d = Q.shape[-1]",
    "by_d": "the scores are divided by d: divide by sqrt(d), the square root of Q.shape[-1]",
    "times_sqrt_d": "the scores are multiplied by sqrt(d): divide them by sqrt(d)",
    "by_sqrt_dv": ("the scores are divided by the square root of the values' length "
                   "V.shape[-1]: use d = Q.shape[-1], the length of the queries and keys"),
    "by_sqrt_keys": ("the scores are divided by the square root of the number of keys: use "
                     "d = Q.shape[-1], the length of the queries and keys"),
    "KQ": ("the scores are transposed (K Q^T instead of Q K^T): score [b, q, k] is the dot "
           "product of query q and key k, nd.batch_dot(Q, K, transpose_b=True)"),
    "K_reshaped": ("K was reshaped to (batch, d, num_keys) instead of transposed: reshape "
                   "keeps the order of the entries and mixes keys and features; use "
                   "nd.batch_dot(Q, K, transpose_b=True) or K.transpose((0, 2, 1))"),
    "queries_axis": ("the weights are normalised over the queries (axis=1): the softmax runs "
                     "over the keys, the last axis of the (batch, num_queries, num_keys) "
                     "scores"),
    "queries_mask": ("the mask runs along the queries: valid_len[b] counts the valid keys "
                     "(and values) of example b"),
}


def tol(*arrays):
    return RTOL + float32_tol(*arrays, condition=8.0, floor=0.0), ATOL


def _close(a, b, arrays):
    rtol, atol = tol(*arrays)
    return np.shape(a) == np.shape(b) and np.allclose(a, b, rtol, atol)


def diagnose(got, Q, K, V, valid_len):
    """The named mistake that gives ``got``, or None."""
    arr = as_array(got)
    want_shape = (np.shape(Q)[0], np.shape(Q)[1], np.shape(V)[2])
    if arr is None:
        return None
    if arr.shape != want_shape:
        if arr.shape == (np.shape(Q)[0], np.shape(Q)[1], np.shape(K)[1]):
            return ("the result has the shape of the weights (batch, num_queries, num_keys): "
                    "multiply the weights by V, nd.batch_dot(weights, V)")
        return None
    arr = np.asarray(arr, np.float64)
    right = expected(Q, K, V, valid_len)
    if _close(arr, right, (Q, K, V)):
        return None
    for variant, message in MESSAGES.items():
        wrong = expected(Q, K, V, valid_len, variant)
        if _close(arr, wrong, (Q, K, V)) and not _close(right, wrong, (Q, K, V)):
            return message
    return None


NO_GRADIENT = ("no gradient reaches Q, K or V: the result was computed outside autograd "
               "(NumPy, .asnumpy() or nd.array(...)); use NDArray operations only")


def gradient_problem(grads, want, arrays):
    if len(grads) != len(want) or any(as_array(g) is None for g in grads):
        return NO_GRADIENT
    rtol = GRAD_RTOL + float32_tol(*arrays, condition=8.0, floor=0.0)
    for name, g, w in zip("QKV", grads, want):
        if not np.any(as_array(g)) and np.any(w):
            return (f"no gradient reaches {name} (its gradient is all 0): it is not used, or "
                    "it was used outside autograd")
        problem = mismatch(g, w, rtol, GRAD_ATOL, name=f"the gradient with respect to {name}")
        if problem:
            return problem
    return None


# --- the public checks ----------------------------------------------------------------------


def _run(fn, cases, prefix, masked):
    Q, K, V = (cases[f"{prefix}{n}"] for n in "QKV")
    vl = cases[f"{prefix}valid_len"] if masked else None
    got = fn(nd.array(Q), nd.array(K), nd.array(V), None if vl is None else nd.array(vl))
    return diagnose(got, Q, K, V, vl) or mismatch(
        got, cases[f"{prefix}{'out' if masked else 'plain'}"], *tol(Q, K, V),
        name=f"the attention of Q {Q.shape}, K {K.shape}, V {V.shape}"
             + (f" with valid_len {vl.astype(int).tolist()}" if masked else ""))


def _plain(fn, cases):
    return _run(fn, cases, "a_", False) or _run(fn, cases, "s_", False)


def _masked(fn, cases):
    return _run(fn, cases, "a_", True) or _run(fn, cases, "s_", True)


def _gradient(fn, cases):
    arrays = [nd.array(cases[f"a_{n}"]) for n in "QKV"]
    for a in arrays:
        a.attach_grad()
    with autograd.record():
        got = fn(*arrays, nd.array(cases["a_valid_len"]))
    problem = mismatch(got, cases["a_out"], *tol(*(cases[f"a_{n}"] for n in "QKV")),
                       name="the result")
    if problem:
        return f"the result is wrong, so its gradients cannot be checked: {problem}"
    try:
        got.backward(nd.array(cases["a_head"]))
    except Exception:  # noqa: BLE001 - MXNet refuses a result outside the graph
        return NO_GRADIENT
    return gradient_problem([a.grad for a in arrays], [cases[f"a_grad_{n}"] for n in "QKV"],
                            [cases[f"a_{n}"] for n in "QKV"])


CHECKS = [
    ("without valid_len: softmax(Q K^T / sqrt(d)) V", _plain),
    ("with valid_len: the padded keys get weight 0 (valid length 0: a zero result)", _masked),
    ("passes the right gradients to Q, K and V", _gradient),
]
