"""Hidden checks for `grad_clipping` (§6.4) against gluon.utils.clip_global_norm.

clip_global_norm multiplies every gradient by min(1, theta / (norm + 1e-8)), `norm` being
the L2 norm of all gradients together; the book's version skips the 1e-8, which the
tolerance absorbs.
"""

import numpy as np
import pytest

from autograder.references import ch06 as ref
from autograder.testing import CPU, Param, as_numpy, expect_close, fail

pytestmark = pytest.mark.exercise("grad_clipping")

HINTS = [("can't set attribute", "param.grad cannot be replaced: write into it in place, "
                                 "param.grad[:] = ... (or param.grad[:] *= ...)"),
         ("has no setter", "param.grad cannot be replaced: write into it in place, "
                           "param.grad[:] = ... (or param.grad[:] *= ...)")]

SHAPES = [(4, 3), (3,), (3, 5), (2, 2)]


def problem(rng, ratio):
    """Parameters and gradients of different sizes, and theta = ratio * global norm."""
    data = [rng.normal(size=s).astype("float32") for s in SHAPES]
    scales = [5.0, 0.2, 1.0, 0.05]  # very different norms, so per-parameter clipping shows
    grads = [(rng.normal(size=s) * c).astype("float32") for s, c in zip(SHAPES, scales)]
    theta = float(np.float32(ratio * ref.global_norm(grads)))
    return data, grads, theta


def clip(student, data, grads, theta):
    result = student.call("grad_clipping", [Param(d, g) for d, g in zip(data, grads)], theta,
                          CPU, return_args=True)
    after = [as_numpy(g) for g in result.param_grads]
    if len(after) != len(grads) or any(a is None for a in after):
        fail("the gradients could not be read back after the call")
    values = [as_numpy(p) for p in result.args_after[0]]
    return after, values


def per_parameter(grads, theta):
    out = []
    for g in grads:
        norm = np.sqrt((np.asarray(g, np.float64) ** 2).sum())
        out.append(g * min(1.0, theta / norm))
    return out


def diagnose(after, values, data, grads, theta):
    norm = ref.global_norm(grads)
    if not all(np.allclose(v, d) for v, d in zip(values, data)):
        fail("the parameters themselves changed: clip the gradients, param.grad, and leave "
             "the parameters alone")
    if all(np.array_equal(a, g) for a, g in zip(after, grads)) and norm > theta:
        fail(f"the gradients did not change although their global norm ({norm:.4g}) is above "
             f"theta ({theta:.4g}): rescale param.grad in place, param.grad[:] *= theta / norm")
    checks = [
        (per_parameter(grads, theta), "each parameter was clipped by its own norm: compute "
                                      "one norm over all the parameters' gradients together, "
                                      "and scale all of them by theta / norm"),
        ([np.clip(g, -theta, theta) for g in grads], "the entries were clipped one by one "
                                                     "(nd.clip): rescale all gradients by "
                                                     "theta / norm, the global L2 norm"),
        ([g * theta / norm ** 2 for g in grads], "the gradients were scaled by theta / "
                                                 "norm**2: the norm is the square root of "
                                                 "the sum of squares"),
        ([g * theta / norm for g in grads], "the gradients were rescaled to norm theta although "
                                            "their norm was already smaller: only clip when "
                                            "norm > theta"),
    ]
    for expected, message in checks:
        if all(np.allclose(a, e, rtol=1e-4, atol=1e-6) for a, e in zip(after, expected)) \
                and not all(np.allclose(a, e, rtol=1e-4, atol=1e-6) for a, e in
                            zip(ref.clip_global_norm(grads, theta), expected)):
            fail(message)


@pytest.mark.points(1.5)
def test_clips_by_global_norm(student, rng):
    """scales all gradients together when their global norm exceeds theta, as clip_global_norm."""
    data, grads, theta = problem(rng, 0.3)
    after, values = clip(student, data, grads, theta)
    diagnose(after, values, data, grads, theta)
    for k, (a, e) in enumerate(zip(after, ref.clip_global_norm(grads, theta))):
        expect_close(a, e, f"the gradient of parameter {k} after clipping", rtol=1e-4,
                     atol=1e-6)


@pytest.mark.points(0.5)
def test_small_gradients_unchanged(student, rng):
    """leaves the gradients alone when their global norm is below theta."""
    data, grads, theta = problem(rng, 1.5)
    after, values = clip(student, data, grads, theta)
    diagnose(after, values, data, grads, theta)
    for k, (a, g) in enumerate(zip(after, grads)):
        expect_close(a, g, f"the gradient of parameter {k} (global norm below theta)",
                     rtol=1e-5, atol=1e-7)
