"""`grad_check(f, x)` (§2.3): compare autograd's gradient of a scalar function with the
numerical one and return the largest elementwise relative error; the public check and the
named mistakes.

``g_a`` = autograd's gradient of f at x (x.attach_grad(), record f(x), backward),
``g_n = numerical_grad(f, x)`` (the notebook's, default h), and the result is the Python
float ``max_i |g_a[i] - g_n[i]| / max(1e-8, |g_a[i]| + |g_n[i]|)``. The checks run it with
the grader's numerical_grad (``STAND_INS``), so that a mistake there costs points only in
`numerical_grad`; the functions they check come from this module (``HELPERS``): right
gradients, and gradients made wrong on purpose with the detach trick
``x - x.detach()``, which is 0 in value and has gradient 1."""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, describe
from d2l.selfcheck.ch02.numerical_grad.public import numerical_grad_stand_in

SECTION = "§2.3 自动求梯度"
STAND_INS = {"numerical_grad": "numerical_grad"}
HELPERS = ("half_used", "scaled_wrong", "one_wrong")
HINTS = [("not in a computational graph",
          "autograd has nothing recorded for x: call x.attach_grad() first and compute "
          "y = f(x) inside `with autograd.record():`, then y.backward()")]
FLOOR = 1e-8
TOLERANCE = 1e-6  # a right gradient in float64 gives far less; the notebook says so


def half_used(x):
    """sum of the first row squared: the other rows' gradients are exactly 0 (both ways)."""
    return (x[0] ** 2).sum()


def scaled_wrong(x):
    """sum(x^3) whose autograd gradient is 1.01 times the true one, 3.03 x^2."""
    d = x.detach()
    return (x ** 3).sum() + 0.01 * ((x - d) * 3 * d ** 2).sum()


def one_wrong(x):
    """sum(x^3) whose autograd gradient is 1 too large at element 3 (flat index) only."""
    mask = (nd.arange(x.size, dtype=x.dtype) == 3).reshape(x.shape)
    return (x ** 3).sum() + ((x - x.detach()) * mask).sum()


def gradients(f, x):
    """(g_a, g_n): autograd's and the grader's numerical gradient, float64 NumPy."""
    x = nd.array(x, dtype="float64")
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    g_n = numerical_grad_stand_in(f, nd.array(x.asnumpy(), dtype="float64"))
    return x.grad.asnumpy(), g_n.asnumpy()


def relative_error(g_a, g_n):
    return float((np.abs(g_a - g_n) / np.maximum(FLOOR, np.abs(g_a) + np.abs(g_n))).max())


def as_number(got):
    """The answer as a float, or a message."""
    arr = as_array(got)
    if arr is None:
        return None, (f"grad_check returned {describe(got)}: return one number, the largest "
                      "elementwise relative error, as a Python float (.asscalar())")
    if arr.size != 1:
        return None, (f"grad_check returned an array of shape {arr.shape}: return one number, "
                      "the largest of the elementwise relative errors (.max().asscalar())")
    return float(arr.reshape(-1)[0]), None


def diagnose(value, g_a, g_n):
    """A named mistake in ``value`` = grad_check(f, x) for gradients g_a and g_n, or None."""
    want = relative_error(g_a, g_n)
    if np.isnan(value):
        return (f"grad_check returned NaN, expected a small number ({want:.3g}): where both "
                "gradients are 0, "
                "|g_a| + |g_n| is 0 and 0 / 0 is NaN. Divide by max(1e-8, |g_a| + |g_n|), "
                "elementwise")
    if np.isclose(value, want, rtol=1e-3, atol=1e-12):
        return None
    diff = np.abs(g_a - g_n)
    candidates = [
        (diff.max(), "this is the absolute error max |g_a - g_n|: divide elementwise by "
                     "max(1e-8, |g_a| + |g_n|), so that the result does not depend on how "
                     "large the gradient is"),
        ((diff / np.maximum(FLOOR, np.abs(g_a) + np.abs(g_n))).mean(),
         "this is the mean of the elementwise relative errors: return their maximum (one "
         "wrong element must show)"),
        ((diff / np.maximum(FLOOR, np.abs(g_a) + np.abs(g_n))).sum(),
         "this is the sum of the elementwise relative errors: return their maximum (the "
         "worst element), which does not grow with the number of elements"),
        ((diff / np.maximum(FLOOR, np.abs(g_a))).max(),
         "this divides by |g_a| only: divide by max(1e-8, |g_a| + |g_n|)"),
        ((diff / np.maximum(FLOOR, np.abs(g_n))).max(),
         "this divides by |g_n| only: divide by max(1e-8, |g_a| + |g_n|)"),
        (diff.max() / max(FLOOR, (np.abs(g_a) + np.abs(g_n)).max()),
         "this divides the largest difference by the largest |g_a| + |g_n|: divide "
         "elementwise first, then take the maximum"),
        (np.linalg.norm(g_a - g_n) / max(FLOOR, np.linalg.norm(g_a) + np.linalg.norm(g_n)),
         "this is the relative error of the whole vectors (norms): compute it elementwise, "
         "then take the maximum"),
    ]
    for candidate, message in candidates:
        if np.isclose(value, candidate, rtol=1e-3) and not np.isclose(candidate, want,
                                                                      rtol=1e-3):
            return f"grad_check returned {value:.6g}, expected {want:.6g}: {message}"
    return None


def _expect(fn, f, x, name):
    g_a, g_n = gradients(f, x)
    value, problem = as_number(fn(f, nd.array(x, dtype="float64")))
    if problem:
        return problem
    want = relative_error(g_a, g_n)
    problem = diagnose(value, g_a, g_n)
    if problem:
        return problem
    if want < TOLERANCE:
        if not 0 <= value < TOLERANCE:
            return (f"{name}: the gradient is right, so the relative error should be below "
                    f"{TOLERANCE:g}, but grad_check returned {value:.3g}")
        return None
    if not np.isclose(value, want, rtol=1e-3):
        return f"{name}: grad_check returned {value:.6g}, expected {want:.6g}"
    return None


def _right(fn, cases):
    return _expect(fn, lambda x: (x ** 3).sum(), cases["x"], "f(x) = sum(x^3)")


def _zeros(fn, cases):
    return _expect(fn, half_used, cases["x"], "f(x) = sum(x[0] ** 2)")


def _wrong(fn, cases):
    return (_expect(fn, scaled_wrong, cases["x"] * 20, "a gradient 1.01 times too large")
            or _expect(fn, one_wrong, cases["x"], "a gradient wrong in one element"))


CHECKS = [
    ("a right gradient (f(x) = sum(x^3)) gives a relative error below 1e-6", _right),
    ("elements whose gradients are both 0 count as 0 (the floor 1e-8)", _zeros),
    ("wrong gradients are flagged with the formula's value", _wrong),
]
