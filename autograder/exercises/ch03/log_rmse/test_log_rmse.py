"""Hidden checks for `log_rmse` (§3.16) against the book's formula on a Gluon Dense net."""

import numpy as np
import pytest

from autograder.checking import StudentProblem
from autograder.exercises.ch03.log_rmse import reference as ref
from autograder.testing import Dense, fail_if
from d2l.selfcheck.ch03.log_rmse import public as ex

pytestmark = pytest.mark.exercise("log_rmse")


def value_of(student, weight, bias, features, labels):
    got = student.log_rmse(Dense(weight, bias), features, labels)
    fail_if(ex.not_a_number(got))
    return got


def loss_global(student):
    """The message about the notebook's global ``loss`` if it is not L2Loss (the book's
    log_rmse uses it; the notebook's setup cell defines it)."""
    try:
        probe = student.call("loss", *ex.PROBE).value
    except StudentProblem:
        probe = None
    return ex.wrong_loss_global(probe)


def cases(rng, negative=False):
    """The same case in every run, then a drawn one."""
    return [ref.case(np.random.default_rng(316 + negative), negative=negative),
            ref.case(rng, negative=negative)]


@pytest.mark.points(0.5)
def test_value(student, rng):
    """is the RMSE between log predictions and log labels."""
    for weight, bias, features, labels in cases(rng):
        got = value_of(student, weight, bias, features, labels)
        problem = ex.wrong_value(got, ref.log_rmse(weight, bias, features, labels),
                                 ref.predictions(weight, bias, features), labels)
        if problem:
            fail_if(loss_global(student))
            fail_if(problem)


@pytest.mark.points(0.5)
def test_clips_predictions(student, rng):
    """clips predictions below 1 before taking the logarithm."""
    for weight, bias, features, labels in cases(rng, negative=True):
        got = value_of(student, weight, bias, features, labels)
        problem = ex.not_clipped(got, ref.log_rmse(weight, bias, features, labels))
        if problem:
            fail_if(loss_global(student))
            fail_if(problem)
