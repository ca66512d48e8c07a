"""Hidden checks for `cls_predictor` (§9.7) against the book's layer, with the student's
parameter values copied in."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch09._ssd import both
from autograder.exercises.ch09.cls_predictor import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch09.cls_predictor import public as ex

pytestmark = pytest.mark.exercise("cls_predictor")


def case(student, r):
    args = (int(r.integers(2, 6)), int(r.integers(1, 5)))
    X = r.normal(size=(2, int(r.integers(2, 5)), int(r.integers(3, 7)),
                       int(r.integers(3, 7)))).astype("float32")
    return args, X, run_block(student, "cls_predictor", *args, X=X,
                              seed=int(r.integers(1 << 30)))


@pytest.mark.points(0.5)
def test_shapes(student, rng):
    """a 3x3 convolution, padding 1, with num_anchors * (num_classes + 1) output channels:
    the book's output and weight shapes."""
    for r in both("cls_predictor/shapes", rng):
        args, X, result = case(student, r)
        expect_structure(result, ref.cls_predictor, args, X, call_text("cls_predictor", args),
                         ex.structure)


@pytest.mark.points(0.5)
def test_forward(student, rng):
    """with the same parameters it computes what the book's layer computes (no activation)."""
    for r in both("cls_predictor/forward", rng):
        args, X, result = case(student, r)
        expect_forward(result, ref.cls_predictor, args, X, call_text("cls_predictor", args),
                       variants=ref.variants(*args), mistakes=ex.MISTAKES,
                       structure=ex.structure)
