"""`sgd_2d` (§7.2): a gradient step on f_2d = x1**2 + 2 * x2**2 with noise in the gradient;
the public check and the named mistakes.

The noise is random, so the checks look at it through the step it causes: from a point x
with learning rate eta, ``(x - x_new) / eta - grad f(x)`` is the noise the answer added to
the gradient (its "implied noise"). The book adds ``np.random.normal(0.1)`` (mean 0.1,
standard deviation 1) to each coordinate, a separate draw for each.
"""

import numpy as np

from d2l.selfcheck import notebook_globals
from d2l.selfcheck.ch07 import forbid_optimizers, grad_f_2d, numbers

SECTION = "§7.2 梯度下降和随机梯度下降"
FORBIDDEN = forbid_optimizers()

# How exactly the implied noise is known: float32 rounding of a point up to 10 in size
# (1e-6), divided by a learning rate of 0.02, is below 1e-4; an answer in float64 is exact
# to 1e-13. A real draw of np.random.normal is this close to 0 (or to another draw) with a
# chance below 1e-3, so a check over many draws never mistakes one for the other.
NOISE_ATOL = 1e-3


def wrong_count(value):
    """It does not return the four values d2l.train_2d unpacks."""
    if isinstance(value, (tuple, list)) and len(value) != 4:
        return (f"sgd_2d returned {len(value)} values; d2l.train_2d unpacks four: return "
                "(x1, x2, 0, 0)")
    return None


def keeps_state(got):
    """It returns states other than (0, 0)."""
    if np.any(got[2:] != 0):
        return (f"sgd_2d returned the states {tuple(float(s) for s in got[2:])}; it keeps no "
                "state: return (x1, x2, 0, 0)")
    return None


def same_steps(points):
    """Calls from one point all took exactly the same step: the generator is seeded inside
    (or there is no noise)."""
    points = np.asarray(points)
    if len(points) > 1 and all(np.array_equal(p, points[0]) for p in points[1:]):
        return ("two calls from the same point took exactly the same step: draw new noise "
                "on every call (do not seed the generator inside sgd_2d)")
    return None


def wrong_gradient(error, atol):
    """With the same noise, moving the point changed the implied noise by ``error``: the
    step does not follow the gradient of f_2d."""
    if not np.allclose(error, 0, rtol=0, atol=atol):
        return ("the step does not follow the gradient of f_2d: the noise aside, moving the "
                f"point changes the implied gradient by {np.round(error, 3).tolist()}; the "
                "gradient of f_2d = x1 ** 2 + 2 * x2 ** 2 is (2 * x1, 4 * x2)")
    return None


def diagnose(noise, eta, gradient_error=None, gradient_atol=NOISE_ATOL):
    """The mistake that explains the implied noise ``noise`` (one row (x1, x2) per call)
    of steps taken with learning rate ``eta``; ``gradient_error`` is what moving the point
    changed in it (see :func:`wrong_gradient`)."""
    noise = np.asarray(noise, dtype=np.float64)
    silent = np.all(np.abs(noise) < NOISE_ATOL, axis=0)
    if silent.all():
        return ("the steps carry no noise: this is gd_2d. Add np.random.normal(0.1) to each "
                "coordinate of the gradient")
    if silent.any():
        quiet, noisy = ("x1", "x2") if silent[0] else ("x2", "x1")
        return (f"only {noisy} gets noise, {quiet} steps along the plain gradient: add "
                "np.random.normal(0.1) to both coordinates of the gradient, a separate draw "
                "for each (g1 += np.random.normal(0.1); g2 += np.random.normal(0.1))")
    if gradient_error is not None:
        problem = wrong_gradient(gradient_error, gradient_atol)
        if problem:
            return problem
    if np.allclose(noise[:, 0], noise[:, 1], rtol=0, atol=NOISE_ATOL):
        return "x1 and x2 always get the same noise: draw once for each coordinate"
    spread = float(noise.std())
    if abs(spread * eta - 1) < 0.7:
        return (f"the noise is added to the new point, not to the gradient: its effect is "
                f"{spread:.3g} times the noise's when eta={eta:.3f}. Add it to the gradient, "
                "x1 - eta * (2 * x1 + noise), so that it is scaled by eta too")
    if abs(spread / eta - 1) < 0.7:
        return ("the noise is multiplied by eta twice: add it to the gradient, "
                "x1 - eta * (2 * x1 + noise)")
    if 0.05 < spread < 0.2:
        return (f"the noise added to the gradient has standard deviation {spread:.3g}, about "
                "0.1: the first argument of np.random.normal is the mean, not the standard "
                "deviation; np.random.normal(0.1) draws with mean 0.1 and standard deviation "
                "1")
    # Over 40 draws of standard deviation 1 (20 calls) the mean strays 1.5 from its own with
    # a chance below 1e-20, and the spread leaves (0.2, 4) with a chance below 1e-20.
    mean = float(noise.mean())
    if abs(mean - 0.1) >= 1.5:
        return (f"the noise added to the gradient has mean {mean:.3g}; np.random.normal(0.1) "
                "has mean 0.1 (mean 0, as the book's text says, is accepted too)")
    if not 0.2 < spread < 4:
        return (f"the noise added to the gradient has standard deviation {spread:.3g} over "
                f"{noise.size} draws; np.random.normal(0.1) has standard deviation 1")
    return None


def _draws(fn, x1, x2, eta, count):
    """The implied noise of ``count`` calls from (x1, x2), or a message."""
    rows = []
    with notebook_globals(fn, eta=eta):
        for _ in range(count):
            value = fn(x1, x2, 0, 0)
            got, problem = numbers(value, "sgd_2d")
            problem = wrong_count(value) or problem or keeps_state(got)
            if problem:
                return None, problem
            rows.append(np.array([x1, x2]) - got[:2])
    return np.array(rows) / eta - grad_f_2d(x1, x2), None


def _noisy_step(fn, cases):
    eta, count = float(cases["eta"]), int(cases["draws"])
    at_zero, problem = _draws(fn, 0.0, 0.0, eta, count)
    if problem:
        return problem
    elsewhere, problem = _draws(fn, *cases["x"], eta, count)
    if problem:
        return problem
    # The public check cannot seed the student's generator: it compares the mean implied
    # noise at two points, whose difference has standard deviation spread * sqrt(2 / n).
    error = elsewhere.mean(axis=0) - at_zero.mean(axis=0)
    margin = 7 * max(float(at_zero.std()), NOISE_ATOL) * np.sqrt(2 / count)
    return diagnose(at_zero, eta, error, margin)


def _fresh(fn, cases):
    eta = float(cases["eta"])
    points = []
    with notebook_globals(fn, eta=eta):
        for _ in range(3):
            value = fn(*cases["x"], 0, 0)
            got, problem = numbers(value, "sgd_2d")
            problem = wrong_count(value) or problem or keeps_state(got)
            if problem:
                return problem
            points.append(got[:2])
    return same_steps(points)


CHECKS = [
    ("steps along the gradient of f_2d plus noise of standard deviation 1 in each coordinate",
     _noisy_step),
    ("draws new noise on every call and returns (x1, x2, 0, 0)", _fresh),
]
