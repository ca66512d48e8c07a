"""Hidden checks for `TinySSD` (§9.7) against the book's model built from Gluon layers and
MultiBoxPrior, with the student's parameter values copied in (autograd not recording:
batch normalization uses its running statistics). The grader's correct cls_predictor,
bbox_predictor, flatten_pred, concat_preds and down_sample_blk stand in for the student's,
which are checked on their own."""

import pytest

from autograder.exercises.ch05._blocks import params_of
from autograder.exercises.ch09.TinySSD import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.blocks import match_params
from d2l.selfcheck.ch09.TinySSD import public as ex

pytestmark = pytest.mark.exercise("TinySSD")

STAND_INS = {"cls_predictor": "cls_predictor", "bbox_predictor": "bbox_predictor",
             "flatten_pred": "flatten_pred", "concat_preds": "concat_preds",
             "down_sample_blk": "down_sample_blk"}


def build(student, rng):
    """One case per check (building TinySSD in the sandbox costs about a second): 1, 2 or 4
    classes (not 3: then the class and offset predictors have the same shapes, and a model
    that creates its layers in another order could not be paired with the book's) on a
    (2, 3, 96, 64) input, whose anchors differ from the public check's 64x64 ones."""
    q = int(rng.choice([1, 2, 4]))
    X = rng.normal(size=(2, 3, 96, 64)).astype("float32")
    # building and initializing a million parameters under the sandbox's watch takes about a
    # second, more on a loaded machine: a longer limit than a function's
    result = student.block("TinySSD", q, input=X, seed=int(rng.integers(1 << 30)),
                           stand_ins=STAND_INS, timeout=15)
    return q, X, result


@pytest.mark.points(1.5)
def test_structure(student, rng):
    """returns anchors (1, anchors, 4) as MultiBoxPrior gives them on the five feature maps
    with the book's sizes and ratios, class predictions (batch, anchors, num_classes + 1) and
    offsets (batch, 4 * anchors), from the book's five blocks and their predictors."""
    q, X, result = build(student, rng)
    fail_if(ex.shape_problem(result.value, X.shape, q))
    fail_if(ex.anchor_problem(ex.split(result.value)[0][0], ref.anchors_for(X.shape), X.shape))
    got = [(n, v.shape) for n, v in params_of(result)]
    problem = match_params(got, ref.book(q, X).params)[1]
    fail_if(problem and f"TinySSD({q}): {problem}")


@pytest.mark.points(1.5)
def test_forward(student, rng):
    """with the same parameters its class and offset predictions are the book's model's."""
    q, X, result = build(student, rng)
    fail_if(ex.shape_problem(result.value, X.shape, q))
    book = ref.book(q, X)
    got = params_of(result)
    order, problem = match_params([(n, v.shape) for n, v in got], book.params)
    fail_if(problem and f"TinySSD({q}): {problem}")
    _, cls, bbox = book.forward([got[i][1] for i in order])
    fail_if(ex.output_problem(result.value, cls, bbox, q))
