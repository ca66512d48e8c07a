"""Hidden checks for `grad_clipping` (§6.4) against gluon.utils.clip_global_norm.

clip_global_norm multiplies every gradient by min(1, theta / (norm + 1e-8)), `norm` being
the L2 norm of all gradients together; the book's version skips the 1e-8, which the
tolerance absorbs. Each check runs a fixed problem (the same in every run) and a random one.
"""

import numpy as np
import pytest

from autograder.exercises.ch06.grad_clipping import reference as ref
from autograder.testing import CPU, Param, as_numpy, fail, fail_if
from d2l.selfcheck.ch06.grad_clipping import public as ex

pytestmark = pytest.mark.exercise("grad_clipping")
FIXED_SEED = 6042


def problems(rng, ratio):
    return [ref.problem(np.random.default_rng(FIXED_SEED), ratio), ref.problem(rng, ratio)]


def clip(student, data, grads, theta):
    result = student.call("grad_clipping", [Param(d, g) for d, g in zip(data, grads)], theta,
                          CPU, return_args=True)
    after = [as_numpy(g) for g in result.param_grads]
    if len(after) != len(grads) or any(a is None for a in after):
        fail("the gradients could not be read back after the call")
    values = [as_numpy(p) for p in result.args_after[0]]
    return after, values


def diagnose(after, values, data, grads, theta, expected):
    fail_if(ex.diagnose(after, values, data, grads, theta, ref.global_norm(grads), expected,
                        ref.variants(grads, theta)))


@pytest.mark.points(1.5)
def test_clips_by_global_norm(student, rng):
    """scales all gradients together when their global norm exceeds theta, as clip_global_norm."""
    for data, grads, theta in problems(rng, 0.3):
        after, values = clip(student, data, grads, theta)
        expected = ref.clip_global_norm(grads, theta)
        diagnose(after, values, data, grads, theta, expected)
        fail_if(ex.compare(after, expected))


@pytest.mark.points(0.5)
def test_small_gradients_unchanged(student, rng):
    """leaves the gradients alone when their global norm is below theta."""
    for data, grads, theta in problems(rng, 1.5):
        after, values = clip(student, data, grads, theta)
        diagnose(after, values, data, grads, theta, grads)
        fail_if(ex.compare(after, grads, small=True))
