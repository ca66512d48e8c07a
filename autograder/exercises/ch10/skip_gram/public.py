"""`skip_gram(center, contexts_and_negatives, embed_v, embed_u)` (§10.3): the skip-gram
forward pass; what the student sees, the public checks and the named mistakes.

``center`` (batch, 1) and ``contexts_and_negatives`` (batch, max_len) hold word indices;
``embed_v`` (center-word vectors v) and ``embed_u`` (context-word vectors u) are Gluon
``nn.Embedding`` layers. The result, shape (batch, 1, max_len), holds the inner products
``u_o . v_c``: ``nd.batch_dot(embed_v(center), embed_u(contexts_and_negatives).swapaxes(1, 2))``."""

import numpy as np
from mxnet import nd
from mxnet.gluon import nn

from d2l.compare import EPS32, as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§10.3 word2vec的实现"
FORBIDDEN = Forbidden()  # nd.batch_dot is the book's own form
HINTS = [("batch_dot", "nd.batch_dot multiplies (n, a, b) by (n, b, c): v is (batch, 1, "
                       "embed_size) and u (batch, max_len, embed_size), so swap u's last two "
                       "axes (u.swapaxes(1, 2))")]


def reference_np(center, cn, Wv, Wu):
    """Inner products of the center vectors with the context/noise vectors, float64."""
    v = np.asarray(Wv, "float64")[np.asarray(center, "int64")]  # (B, 1, E)
    u = np.asarray(Wu, "float64")[np.asarray(cn, "int64")]  # (B, L, E)
    return np.einsum("bie,ble->bil", v, u)


def dot_tol(Wv, Wu):
    """float32 rounding of a sum of E products."""
    E = np.shape(Wv)[1]
    largest = float(np.max(np.abs(Wv))) * float(np.max(np.abs(Wu)))
    return 1e-5, 1e-6 + 2 * E * EPS32 * largest


def diagnose(got, center, cn, Wv, Wu):
    """Transposed output, squeezed output, embeddings swapped or shared, a sigmoid applied."""
    arr = as_array(got)
    if arr is None or arr.dtype.kind not in "biuf":
        return None
    arr = arr.astype("float64")
    expected = reference_np(center, cn, Wv, Wu)
    B, _, L = expected.shape
    tol = dot_tol(Wv, Wu)
    if arr.shape == (B, L, 1) and L > 1 and np.allclose(arr[:, :, 0], expected[:, 0], *tol):
        return ("the result has shape (batch, max_len, 1): batch_dot v (batch, 1, embed_size) "
                "with u swapped to (batch, embed_size, max_len), giving (batch, 1, max_len)")
    if arr.shape == (B, L) and np.allclose(arr, expected[:, 0], *tol):
        return ("the result has shape (batch, max_len): keep the book's (batch, 1, max_len), "
                "what nd.batch_dot(v, u.swapaxes(1, 2)) gives")
    if arr.shape != expected.shape or np.allclose(arr, expected, *tol):
        return None
    if np.allclose(arr, reference_np(center, cn, Wu, Wv), *tol):
        return ("embed_v and embed_u are swapped: the center word is looked up in embed_v, the "
                "context and noise words in embed_u")
    if np.allclose(arr, reference_np(center, cn, Wv, Wv), *tol) or np.allclose(
            arr, reference_np(center, cn, Wu, Wu), *tol):
        return ("one embedding layer is used for both: the center word is looked up in "
                "embed_v, the context and noise words in embed_u")
    if np.allclose(arr, 1 / (1 + np.exp(-expected)), 1e-5, 1e-6):
        return ("the sigmoid is applied: skip_gram returns the inner products (logits); the "
                "loss applies the sigmoid")
    return None


def embedding(W):
    layer = nn.Embedding(W.shape[0], W.shape[1])
    layer.initialize()
    layer.weight.set_data(nd.array(W))
    return layer


def _recorded(fn, cases):
    for i in range(2):
        center, cn, Wv, Wu = (cases[f"{k}{i}"] for k in ("center", "cn", "Wv", "Wu"))
        got = fn(nd.array(center), nd.array(cn), embedding(Wv), embedding(Wu))
        problem = diagnose(got, center, cn, Wv, Wu) or mismatch(
            got, cases[f"out{i}"], *dot_tol(Wv, Wu),
            name=f"skip_gram of a batch of {len(center)} with max_len {cn.shape[1]}")
        if problem:
            return problem
    return None


CHECKS = [("matches nd.batch_dot of the two embeddings on recorded batches", _recorded)]
