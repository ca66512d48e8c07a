"""Hidden checks for `flatten_pred` (§9.7) against the book's transpose and flatten."""

import pytest

from autograder.exercises.ch09._ssd import both
from autograder.exercises.ch09.flatten_pred import reference as ref
from autograder.testing import as_numpy, expect_close, fail_if
from d2l.selfcheck.ch09.flatten_pred import public as ex

pytestmark = pytest.mark.exercise("flatten_pred")


@pytest.mark.points(0.5)
def test_layout(student, rng):
    """the predictions of one pixel end up side by side: channels moved last, then flattened
    in (height, width, channels) order."""
    for r in both("flatten_pred/layout", rng):
        # height != width and several channels: every wrong order shows
        shape = (2, int(r.integers(2, 6)), int(r.integers(2, 4)), int(r.integers(4, 7)))
        P = r.normal(size=shape).astype("float32")
        got = student.flatten_pred(P)
        fail_if(ex.diagnose(got, P))
        expect_close(got, ref.flatten_pred(P), f"flatten_pred of a {shape} map", 0, 0)


@pytest.mark.points(0.5)
def test_shapes(student, rng):
    """gives a matrix (batch, height * width * channels) for any map, 1x1 maps and one
    image too."""
    for shape in [(1, 8, 1, 1), (3, 4, 2, 2), (1, 2, 3, 1)]:
        P = rng.normal(size=shape).astype("float32")
        got = as_numpy(student.flatten_pred(P))
        n = shape[0]
        if got is None or got.shape != (n, P[0].size):
            fail_if(ex.diagnose(got, P) or (
                f"flatten_pred of a {shape} map gives "
                f"{'no array' if got is None else got.shape}, expected {(n, P[0].size)}"))
