"""Reference `knn`: cosines and ``nd.topk`` as the book computes them, on inputs whose
k + 1 largest cosines are well apart (no near-ties to order differently)."""

import numpy as np
from mxnet import nd


def knn(W, x, k):
    W, x = nd.array(W), nd.array(x)
    cos = nd.dot(W, x.reshape((-1,))) / (
        (nd.sum(W * W, axis=1) + 1e-9).sqrt() * nd.sum(x * x).sqrt())
    topk = nd.topk(cos, k=k, ret_typ="indices").asnumpy().astype("int64")
    return topk, cos.asnumpy()[topk].astype("float64")


def well_apart(W, x, k, gap=1e-3):
    """The k + 1 largest cosines differ by more than ``gap`` (float32 rounds far less)."""
    W64, x64 = W.astype("float64"), x.astype("float64")
    cos = np.sort(W64 @ x64 / (np.linalg.norm(W64, axis=1) * np.linalg.norm(x64)))[::-1]
    return bool(np.all(-np.diff(cos[:k + 1]) > gap))


def inputs(rng, vocab, E, k, spread=False, row_query=False):
    """W (vocab, E), a query x (norm far from 1) and k; with ``spread`` the rows' norms span
    0.1 to 10, so that ranking by dot product differs from ranking by cosine."""
    while True:
        W = rng.normal(size=(vocab, E))
        if spread:
            W *= np.exp(rng.uniform(np.log(0.1), np.log(10), size=(vocab, 1)))
        x = rng.normal(size=E) * rng.uniform(2, 4)
        W, x = W.astype("float32"), x.astype("float32")
        if spread:
            cos = W.astype("float64") @ x / np.linalg.norm(W, axis=1)
            dots = W.astype("float64") @ x
            if np.array_equal(np.argsort(-cos)[:k], np.argsort(-dots)[:k]):
                continue
        if well_apart(W, x, k):
            return W, (x.reshape(1, -1) if row_query else x), k


def public_cases(rng):
    cases = {}
    for i, (vocab, E, k, spread) in enumerate([(12, 5, 3, False), (15, 4, 4, True)]):
        W, x, k = inputs(rng, vocab, E, k, spread)
        cases.update({f"W{i}": W, f"x{i}": x, f"k{i}": np.array(k)})
    return cases
