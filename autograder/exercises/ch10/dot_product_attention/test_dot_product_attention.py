"""Hidden checks for `dot_product_attention` (§10.11) against nd.batch_dot, nd.SequenceMask
and nd.softmax, with the grader's masked_softmax swapped in; gradients through autograd.
Shapes are chosen so that each named scaling or transposition gives other numbers: d, d_v
and num_keys differ, and one case is square (num_queries = num_keys)."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.dot_product_attention import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.compare import mismatch
from d2l.selfcheck.ch10.dot_product_attention import public as ex

pytestmark = pytest.mark.exercise("dot_product_attention")

STAND_INS = dict(ex.STAND_INS)
SHAPES = [(3, 2, 5, 4, 3), (2, 4, 4, 9, 2), (1, 1, 3, 16, 5)]  # batch, queries, keys, d, d_v


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/dot_product_attention/{key}".encode()))


def lengths(rng, batch, keys):
    vl = rng.integers(0, keys + 1, size=batch)
    vl[0] = 0 if batch > 1 else max(int(vl[0]), 1)
    return rng.permutation(vl).astype("float32")


def check(student, Q, K, V, vl):
    got = student.call("dot_product_attention", Q, K, V, vl, stand_ins=STAND_INS).value
    fail_if(ex.diagnose(got, Q, K, V, vl))
    what = f"the attention of Q {Q.shape}, K {K.shape}, V {V.shape}" + (
        "" if vl is None else f" with valid_len {vl.astype(int).tolist()}")
    expect_close(got, ref.attention(Q, K, V, vl), what, *ex.tol(Q, K, V))


@pytest.mark.points(0.5)
def test_without_mask(student, rng):
    """without valid_len (None): softmax(Q K^T / sqrt(d)) V."""
    for r in [fixed_rng("plain"), rng]:
        for shape in SHAPES:
            check(student, *ref.inputs(r, *shape), None)


@pytest.mark.points(0.5)
def test_mask(student, rng):
    """with valid_len: the padded keys get weight 0; valid length 0 gives a zero result."""
    for r in [fixed_rng("mask"), rng]:
        for shape in SHAPES:
            check(student, *ref.inputs(r, *shape), lengths(r, shape[0], shape[2]))


@pytest.mark.points(0.5)
def test_gradients(student, rng):
    """passes the right gradients to Q, K and V through autograd (with a mask)."""
    for r in [fixed_rng("gradients"), rng]:
        shape = SHAPES[0]
        Q, K, V = ref.inputs(r, *shape)
        vl = lengths(r, shape[0], shape[2])
        head = r.normal(size=shape[:2] + shape[4:]).astype("float32")
        result = student.call("dot_product_attention", Q, K, V, vl, grad=[0, 1, 2],
                              head_grad=head, stand_ins=STAND_INS)
        out, want = ref.attention(Q, K, V, vl, head)
        problem = mismatch(result.value, out, *ex.tol(Q, K, V), name="the result")
        fail_if(problem and f"the result is wrong, so its gradients cannot be checked: "
                            f"{problem}")
        fail_if(ex.gradient_problem(result.grads, want, (Q, K, V)))
