"""Hidden checks for `sgd` (§3.2) against one step of gluon.Trainer('sgd')."""

import numpy as np
import pytest

from autograder.exercises.ch03.sgd import reference as ref
from autograder.testing import Param, fail_if
from d2l.selfcheck.ch03.sgd import public as ex

pytestmark = pytest.mark.exercise("sgd")


def gradient(rng, shape):
    """Entries of size 0.5 to 2 with random signs: every parameter moves visibly."""
    return (rng.choice([-1.0, 1.0], size=shape) * rng.uniform(0.5, 2, size=shape)).astype(
        "float32")


def step(student, rng, shapes, lr, batch_size):
    params = [rng.normal(size=s).astype("float32") for s in shapes]
    grads = [gradient(rng, s) for s in shapes]
    result = student.call("sgd", [Param(p, g) for p, g in zip(params, grads)], lr, batch_size,
                          return_args=True)
    fail_if(ex.wrong_step(params, result.args_after[0],
                          ref.sgd_step(params, grads, lr, batch_size), batch_size))


@pytest.mark.points(0.5)
def test_matches_trainer(student, rng):
    """updates every parameter in place like gluon.Trainer('sgd')."""
    step(student, np.random.default_rng(304), [(3, 1), (1,)], lr=0.1, batch_size=8)
    step(student, rng, [(3, 1), (1,)], lr=0.1, batch_size=8)


@pytest.mark.points(0.5)
def test_other_settings(student, rng):
    """uses the given learning rate and batch size."""
    step(student, np.random.default_rng(305), [(4, 5), (5,), (2, 2)], lr=0.03, batch_size=3)
    step(student, rng, [(4, 5), (5,), (2, 2)], lr=0.03, batch_size=3)
