"""`knn(W, x, k)` (§10.6): the k nearest rows of W to x by cosine similarity, the book's
form; what the student sees, the public checks and the named mistakes.

``cos_i = W_i . x / (sqrt(|W_i|^2 + 1e-9) |x|)``; returns ``(topk, cos)``: the indices of the
k largest cosines, largest first (``nd.topk(cos, k=k, ret_typ='indices')`` as NumPy
integers), and their cosines as a list of Python floats. ``x`` has shape (embed_size,) or,
as ``get_similar_tokens`` passes it, (1, embed_size)."""

import numpy as np
from mxnet import nd

from d2l.compare import EPS32, as_array, describe, mismatch
from d2l.registry import Forbidden

SECTION = "§10.6 求近义词和类比词"
FORBIDDEN = Forbidden(funcs=(f"{__name__}.stand_in",), what="the grader's knn")
HINTS = [("shape", "x may come as (1, embed_size) (get_vecs_by_tokens([token])): reshape it "
                   "to (embed_size,) before nd.dot(W, x)")]


def stand_in(W, x, k):
    """The grader's correct knn (the book's)."""
    cos = nd.dot(W, x.reshape((-1,))) / (
        (nd.sum(W * W, axis=1) + 1e-9).sqrt() * nd.sum(x * x).sqrt())
    topk = nd.topk(cos, k=k, ret_typ='indices').asnumpy().astype('int32')
    return topk, [cos[i].asscalar() for i in topk]


STAND_IN = stand_in
BOOK_CODE = ("stand_in",)  # the book's own code: a student may type it in (guard.copied_codes)


def cosines(W, x):
    W, x = np.asarray(W, "float64"), np.asarray(x, "float64").reshape(-1)
    return W @ x / (np.sqrt((W * W).sum(axis=1) + 1e-9) * np.sqrt((x * x).sum()))


def cos_tol(W):
    """float32 rounding of a cosine (a sum of embed_size products over two norms)."""
    return 1e-5, 1e-6 + 4 * np.shape(W)[1] * EPS32


def split(got, k):
    """``(indices, cosines)`` as NumPy arrays, or a message saying what is wrong."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return None, None, (f"knn should return a pair (topk, cos), but it returned "
                            f"{describe(got)}")
    idx, cos = got
    idx = as_array(idx) if as_array(idx) is not None else np.asarray(idx)
    cos = as_array(cos) if as_array(cos) is not None else np.asarray(
        [float(as_array(c)) if as_array(c) is not None else np.nan for c in cos])
    if idx.dtype.kind not in "biuf" or cos.dtype.kind not in "biuf":
        return None, None, "knn should return integer indices and float cosines"
    idx, cos = idx.reshape(-1), cos.reshape(-1)
    if idx.size != k or cos.size != k:
        return None, None, (f"knn(W, x, k={k}) returned {idx.size} indices and {cos.size} "
                            f"cosines: return exactly k of each (the caller asks for k + 1 "
                            "when it drops the query word itself)")
    if (np.round(idx) != idx).any():
        return None, None, "the indices should be integers (nd.topk's indices, astype('int32'))"
    return idx.astype("int64"), cos.astype("float64"), None


def diagnose(got, W, x, k):
    """The named mistakes: raw dot products, x or W not normalised, ascending order, the
    wrong number of results."""
    idx, cos, problem = split(got, k)
    if problem:
        return problem
    W64 = np.asarray(W, "float64")
    x64 = np.asarray(x, "float64").reshape(-1)
    expected = cosines(W, x)
    top = np.argsort(-expected, kind="stable")[:k]
    tol = cos_tol(W)
    dots = W64 @ x64
    if np.array_equal(idx, np.argsort(-dots, kind="stable")[:k]) and not np.array_equal(
            idx, top):
        return ("the neighbours are ranked by the dot product W x, not by the cosine: divide "
                "by the norms of W's rows and of x (long vectors are not more similar)")
    if np.array_equal(idx, np.argsort(expected, kind="stable")[:k]) and k < len(expected):
        return ("these are the k least similar rows: take the k largest cosines (nd.topk's "
                "default), largest first")
    if np.array_equal(np.sort(idx), np.sort(top)) and not np.array_equal(idx, top):
        return "the right rows in the wrong order: list them by decreasing cosine"
    if not np.array_equal(idx, top):
        return None
    norm_x = float(np.sqrt((x64 * x64).sum()))
    if abs(norm_x - 1) > 0.1 and np.allclose(cos, expected[top] * norm_x, *tol):
        return "the cosines are not divided by the norm of x: divide W x by |W_i| |x|"
    if np.allclose(cos, dots[top] / norm_x, *tol) and not np.allclose(cos, expected[top], *tol):
        return "the cosines are not divided by the norms of W's rows: divide W x by |W_i| |x|"
    if np.allclose(cos, dots[top], *tol) and not np.allclose(cos, expected[top], *tol):
        return "the values are dot products, not cosines: divide W x by |W_i| |x|"
    return None


def check_result(got, W, x, k, name):
    problem = diagnose(got, W, x, k)
    if problem:
        return problem
    idx, cos, _ = split(got, k)
    expected = cosines(W, x)
    top = np.argsort(-expected, kind="stable")[:k]
    if not np.array_equal(idx, top):
        return (f"{name}: the indices are {idx.tolist()}, expected {top.tolist()} (the rows of "
                "largest cosine similarity with x, largest first)")
    return mismatch(cos, expected[top], *cos_tol(W), name=f"the cosines of {name}")


def _recorded(fn, cases):
    for i in range(2):
        W, x, k = cases[f"W{i}"], cases[f"x{i}"], int(cases[f"k{i}"])
        problem = check_result(fn(nd.array(W), nd.array(x), k), W, x, k,
                               f"knn of a {W.shape} W with k={k}")
        if problem:
            return problem
    return None


CHECKS = [("finds the rows of largest cosine similarity on recorded inputs", _recorded)]
