"""Hidden checks for `one_hot` (§2.2) against nd.one_hot."""

import pytest

from autograder.exercises.ch02.one_hot import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch02.one_hot import public as ex

pytestmark = pytest.mark.exercise("one_hot")


def run(student, idx, depth):
    got = student.call("one_hot", idx, depth).value
    fail_if(ex.diagnose(got, idx, depth))
    expect_close(got, ref.one_hot(idx, depth),
                 f"one_hot of indices {idx.astype(int).tolist()} with depth {depth}", 0, 0)
    return got


@pytest.mark.points(1)
def test_matches_one_hot(student, rng):
    """matches nd.one_hot on random indices, also when some classes never occur."""
    depth = int(rng.integers(5, 9))
    # The largest classes never occur in the first case: depth is the argument, not
    # indices.max() + 1.
    run(student, rng.integers(0, depth - 2, size=int(rng.integers(6, 10))).astype("float32"),
        depth)
    run(student, rng.permutation(depth).astype("float32"), depth)


@pytest.mark.points(0.5)
def test_two_d_float32(student, rng):
    """2-D indices give shape indices.shape + (depth,), as a float32 NDArray."""
    depth = int(rng.integers(3, 6))
    idx = rng.integers(0, depth, size=(2, 3)).astype("float32")
    idx[0, 0] = depth - 1
    got = run(student, idx, depth)
    fail_if(ex.wrong_type(got))
