"""Hidden checks for `skip_gram` (§10.3) against nn.Embedding layers and nd.batch_dot, the
embedding weights' gradients included."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.skip_gram import reference as ref
from autograder.testing import Embedding, expect_close, fail_if
from d2l.compare import EPS32
from d2l.selfcheck.ch10.skip_gram import public as ex

pytestmark = pytest.mark.exercise("skip_gram")


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/skip_gram/{key}".encode()))


def name(center, cn):
    return f"skip_gram of a batch of {len(center)} with max_len {cn.shape[1]}"


def check(student, center, cn, Wv, Wu):
    got = student.call("skip_gram", center, cn, Embedding(Wv), Embedding(Wu)).value
    fail_if(ex.diagnose(got, center, cn, Wv, Wu))
    expect_close(got, ref.skip_gram(center, cn, Wv, Wu), name(center, cn), *ex.dot_tol(Wv, Wu))


@pytest.mark.points(0.5)
def test_matches_batch_dot(student, rng):
    """matches nd.batch_dot(embed_v(center), embed_u(contexts_and_negatives).swapaxes(1, 2)),
    shape (batch, 1, max_len)."""
    for r in [fixed_rng("matches"), rng]:
        for B, L, vocab, E in [(4, 6, 12, 5), (3, 2, 7, 3)]:
            check(student, *ref.batch(r, B, L, vocab, E))


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes the right gradients back to both embedding layers' weights."""
    for r in [fixed_rng("gradient"), rng]:
        center, cn, Wv, Wu = ref.batch(r, 4, 5, 9, 4)
        head = r.normal(size=(4, 1, 5)).astype("float32")
        result = student.call("skip_gram", center, cn, Embedding(Wv), Embedding(Wu),
                              backward=True, head_grad=head)
        fail_if(ex.diagnose(result.value, center, cn, Wv, Wu))
        _, gv, gu = ref.skip_gram(center, cn, Wv, Wu, head)
        grads = result.param_grads
        # each gradient row sums up to batch * max_len products head * u (or head * v)
        largest = float(np.abs(head).max()) * max(float(np.abs(Wv).max()), float(np.abs(Wu).max()))
        tol = (1e-5, 1e-6 + 4 * head.size * EPS32 * largest)
        expect_close(grads[0], gv, "the gradient of embed_v's weight", *tol)
        expect_close(grads[1], gu, "the gradient of embed_u's weight", *tol)
