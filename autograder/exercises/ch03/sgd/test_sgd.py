"""Hidden checks for `sgd` (§3.2) against one step of gluon.Trainer('sgd')."""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import Param, as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("sgd")


def step(student, rng, shapes, lr, batch_size):
    params = [rng.normal(size=s).astype("float32") for s in shapes]
    grads = [rng.normal(size=s).astype("float32") for s in shapes]
    result = student.call("sgd", [Param(p, g) for p, g in zip(params, grads)], lr, batch_size,
                          return_args=True)
    after = result.args_after[0]
    expected = ref.sgd_step(params, grads, lr, batch_size)
    arrays = [as_numpy(got) for got in after]
    changed = [k for k, (arr, before) in enumerate(zip(arrays, params))
               if arr is not None and arr.shape == before.shape and not np.allclose(arr, before)]
    unchanged = [k for k in range(len(params)) if k not in changed]
    if changed and unchanged:
        fail(f"parameter {unchanged[0]} did not change although parameter {changed[0]} did: "
             "update every parameter in params (is there a return or break inside the loop?)")
    for k, (got, exp, before) in enumerate(zip(after, expected, params)):
        arr = as_numpy(got)
        name = f"parameter {k} after the update"
        if arr is not None and arr.shape == before.shape:
            delta, want = arr - before, exp - before
            if np.allclose(delta, 0):
                fail("the parameters did not change: update them in place with "
                     "param[:] = param - ... (param = ... only rebinds a local name)")
            if np.allclose(delta, want * batch_size, rtol=1e-3):
                fail(f"the step is batch_size ({batch_size}) times too large: divide the "
                     "gradient by batch_size")
            if np.allclose(delta, -want, rtol=1e-3):
                fail("the step goes uphill: subtract lr * grad / batch_size")
        expect_close(got, exp, name, rtol=1e-4, atol=1e-6)


@pytest.mark.points(0.5)
def test_matches_trainer(student, rng):
    """updates every parameter in place like gluon.Trainer('sgd')."""
    step(student, rng, [(3, 1), (1,)], lr=0.1, batch_size=8)


@pytest.mark.points(0.5)
def test_other_settings(student, rng):
    """uses the given learning rate and batch size."""
    step(student, rng, [(4, 5), (5,), (2, 2)], lr=0.03, batch_size=3)
