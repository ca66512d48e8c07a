"""Hidden checks for `concat_preds` (§9.7) against the book's code; the grader's correct
flatten_pred stands in for the student's."""

import pytest

from autograder.exercises.ch09.concat_preds import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch09.concat_preds import public as ex

pytestmark = pytest.mark.exercise("concat_preds")


def check(student, preds, what):
    got = student.call("concat_preds", preds,
                       stand_ins={"flatten_pred": "flatten_pred"}).value
    fail_if(ex.diagnose(got, preds))
    expect_close(got, ref.concat_preds(preds), what, 0, 0)


@pytest.mark.points(0.5)
def test_book_shapes(student, rng):
    """concatenates the book's Y1 (2, 55, 20, 20) and Y2 (2, 33, 10, 10) into (2, 25300)."""
    preds = [rng.normal(size=(2, 55, 20, 20)).astype("float32"),
             rng.normal(size=(2, 33, 10, 10)).astype("float32")]
    check(student, preds, "concat_preds([Y1, Y2])")


@pytest.mark.points(0.5)
def test_scales(student, rng):
    """concatenates the flattened maps of five scales, 1x1 ones included, along axis 1."""
    n, a = int(rng.integers(1, 4)), int(rng.integers(2, 5))
    preds = [rng.normal(size=(n, a * c, s, s)).astype("float32")
             for c, s in zip([2, 4, 2, 4, 2], [4, 3, 2, 1, 1])]
    check(student, preds, "concat_preds of five scales")
