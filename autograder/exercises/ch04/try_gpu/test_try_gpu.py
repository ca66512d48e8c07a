"""Hidden checks for `try_gpu()` (§4.6): in the sandbox no GPU works, so it must return
mx.cpu(); with a GPU pretended to work (the public module's probe: allocations on a GPU
context succeed, num_gpus() is 1) it must return mx.gpu()."""

import pytest

from autograder.exercises.ch04 import _probe as probe
from autograder.testing import fail_if
from d2l.selfcheck.ch04.try_gpu import public as ex

pytestmark = pytest.mark.exercise("try_gpu")


@pytest.mark.points(0.5)
def test_cpu(student):
    """without a working GPU it returns mx.cpu()."""
    fail_if(ex.problem(probe.call(student, "try_gpu", False).value, "cpu(0)"))


@pytest.mark.points(0.5)
def test_gpu(student):
    """when a GPU works it returns mx.gpu()."""
    fail_if(ex.problem(probe.call(student, "try_gpu", True).value, "gpu(0)"))
