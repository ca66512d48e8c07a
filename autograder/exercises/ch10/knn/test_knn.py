"""Hidden checks for `knn` (§10.6) against the book's cosines and nd.topk."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.knn import reference as ref
from autograder.testing import expect_close, fail, fail_if
from d2l.selfcheck.ch10.knn import public as ex

pytestmark = pytest.mark.exercise("knn")


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/knn/{key}".encode()))


def check(student, W, x, k):
    name = f"knn of a {W.shape} W, x of shape {x.shape}, k={k}"
    got = student.call("knn", W, x, k).value
    fail_if(ex.diagnose(got, W, x, k))
    idx, cos, _ = ex.split(got, k)
    top, expected = ref.knn(W, x, k)
    if not np.array_equal(idx, top):
        fail(f"{name}: the indices are {idx.tolist()}, expected {top.tolist()} (the rows of "
             "largest cosine similarity with x, largest first)")
    expect_close(cos, expected, f"the cosines of {name}", *ex.cos_tol(W))


@pytest.mark.points(0.5)
def test_cosines(student, rng):
    """returns the indices of the k largest cosine similarities, largest first, and the
    cosines as the book's knn computes them."""
    check(student, *ref.inputs(fixed_rng("cosines"), 20, 6, 4))
    check(student, *ref.inputs(rng, 9, 3, 2))


@pytest.mark.points(0.5)
def test_row_norms(student, rng):
    """ranks by cosine, not by dot product, when W's rows have very different norms."""
    check(student, *ref.inputs(fixed_rng("norms"), 25, 5, 3, spread=True))
    check(student, *ref.inputs(rng, 12, 8, 5, spread=True))


@pytest.mark.points(0.5)
def test_query_shapes(student, rng):
    """takes x of shape (1, embed_size), as get_similar_tokens passes it, and k = 1."""
    r = fixed_rng("shapes")
    check(student, *ref.inputs(r, 10, 4, 3, row_query=True))
    check(student, *ref.inputs(r, 8, 5, 1))
    check(student, *ref.inputs(rng, 7, 6, 2, row_query=True))
