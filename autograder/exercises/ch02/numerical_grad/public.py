"""`numerical_grad(f, x, h=1e-5)` (§2.3): the gradient of a scalar function by central
differences, one element at a time; the public check and the named mistakes.

``g[i] = (f(x + h e_i) - f(x - h e_i)) / (2 h)`` for every element i of x (``e_i`` is 1 at
element i and 0 elsewhere); g is an NDArray of x's shape and dtype, x is left unchanged.
``f(x)`` returns an NDArray with one element. The grader's own version (``STAND_IN``) is
what `grad_check` is checked with."""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, describe, mismatch

SECTION = "§2.3 自动求梯度"
HELPERS = ("cubic", "wavy")
HINTS = [("unsupported operand", "f(x) returns an NDArray with one element: turn it into a "
                                 "Python number with .asscalar()")]
DEFAULT_H = 1e-5


def cubic(x):
    """sum(x ** 3): its gradient is 3 x ** 2, its central difference 3 x ** 2 + h ** 2."""
    return (x ** 3).sum()


def wavy(x):
    """(sum(exp(x))) ** 1.5: every element of its gradient depends on all of x (and is
    positive)."""
    return nd.exp(x).sum() ** 1.5


def wavy_grad(x):
    x = np.asarray(x, "float64")
    return 1.5 * np.sqrt(np.exp(x).sum()) * np.exp(x)


def numerical_grad_stand_in(f, x, h=DEFAULT_H):
    """The grader's numerical_grad: central differences one element at a time, in x's
    dtype, autograd paused (f's evaluations are never recorded)."""
    base = x.asnumpy()
    grad = np.zeros(base.shape, dtype="float64")
    with autograd.pause():
        for i in range(base.size):
            up, down = base.copy(), base.copy()
            up.flat[i] += h
            down.flat[i] -= h
            fu = f(nd.array(up, dtype=x.dtype))
            fd = f(nd.array(down, dtype=x.dtype))
            fu = fu.asscalar() if hasattr(fu, "asscalar") else float(fu)
            fd = fd.asscalar() if hasattr(fd, "asscalar") else float(fd)
            grad.flat[i] = (fu - fd) / (2 * h)
    return nd.array(grad, dtype=x.dtype)


STAND_IN = numerical_grad_stand_in


def diagnose_cubic(got, x, h):
    """A named mistake in ``got`` = numerical_grad(cubic, x, h) (the exact central
    difference is 3 x^2 + h^2)."""
    arr = as_array(got)
    x = np.asarray(x, "float64")
    if arr is None or arr.size != x.size:
        return None
    arr = arr.astype("float64").reshape(x.shape)
    want = 3 * x ** 2 + h ** 2

    def near(v):
        return np.allclose(arr, v, rtol=1e-6, atol=1e-8)

    if near(want):
        return None
    first = (f"at the first element of x, {x.flat[0]:.4g}, with h = {h:g} the result is "
             f"{arr.flat[0]:.6g}, "
             f"expected 3 x^2 + h^2 = {want.flat[0]:.6g}: ")
    if near(3 * x ** 2 + 3 * x * h + h ** 2):
        return (first + "these are forward differences (f(x + h e_i) - f(x)) / h: use central "
                "differences (f(x + h e_i) - f(x - h e_i)) / (2 h), whose error is h^2 "
                "instead of h")
    if near(3 * x ** 2 - 3 * x * h + h ** 2):
        return (first + "these are backward differences (f(x) - f(x - h e_i)) / h: use central "
                "differences (f(x + h e_i) - f(x - h e_i)) / (2 h)")
    if near(2 * want):
        return (first + "the result is twice the gradient: f(x + h e_i) and f(x - h e_i) are 2 h "
                "apart, so divide by 2 h, not by h")
    if near(want / 2):
        return first + "the result is half the gradient: divide the difference by 2 h, not by 4 h"
    if np.allclose(arr, np.full(x.shape, want.sum()), rtol=1e-6):
        return (first + "every element is the same number, the sum of all the partial derivatives: "
                "x + h moves every element at once. Move one element at a time: a copy of x "
                "with h added to element i only")
    if h > 1e-3 and np.allclose(arr, 3 * x ** 2, rtol=1e-6, atol=1e-6):
        return (first + f"h = {h:g} was passed but the result is the derivative for a "
                "tiny step: use the argument h (it is 1e-5 only by default)")
    return None


def wrong_output(got, x):
    """Not an NDArray of x's shape and dtype."""
    if type(got).__name__ not in ("NDArray", "NDArrayValue"):
        return (f"numerical_grad returned {describe(got)}: return an NDArray of x's shape, "
                "e.g. fill g = nd.zeros(x.shape, dtype=x.dtype) element by element")
    arr = as_array(got)
    if arr.dtype != np.asarray(x).dtype:
        return (f"the result has dtype {arr.dtype} although x is {np.asarray(x).dtype}: make "
                "it in x's dtype, g = nd.zeros(x.shape, dtype=x.dtype) (nd.zeros and "
                "nd.array make float32 unless told otherwise, which loses the precision "
                "a gradient check needs)")
    return None


def x_changed(x, x_after):
    arr = as_array(x_after)
    if arr is not None and not np.allclose(arr, x, rtol=0, atol=1e-9):
        return ("x was changed by the call: perturb a copy of x (x.copy()), or put each "
                "element back after changing it")
    return None


def _cubic(fn, cases):
    x = cases["x"]
    got = fn(cubic, nd.array(x, dtype="float64"), 0.1)
    return (diagnose_cubic(got, x, 0.1)
            or mismatch(got, 3 * x ** 2 + 0.01, 1e-6, 1e-8,
                        name="numerical_grad(lambda x: (x ** 3).sum(), x, 0.1)"))


def _wavy(fn, cases):
    x = cases["x"]
    x_nd = nd.array(x, dtype="float64")
    got = fn(wavy, x_nd)
    return (wrong_output(got, x) or x_changed(x, x_nd.asnumpy())
            or _with_hint(mismatch(got, wavy_grad(x), 1e-6, 1e-7,
                                   name="numerical_grad(wavy, x) with the default h (wavy's "
                                        "exact gradient)")))


DEFAULT_H_HINT = ("with h = 1e-5 and float64 the central difference is this close; is the "
                  "default h = 1e-5, are the differences central, and is everything computed "
                  "in float64?")


def _with_hint(problem):
    return f"{problem}. {DEFAULT_H_HINT}" if problem else None


CHECKS = [
    ("central differences with h = 0.1: for f(x) = sum(x^3) exactly 3 x^2 + h^2 (float64)",
     _cubic),
    ("the default h = 1e-5: close to the exact gradient; an NDArray of x's shape and dtype; "
     "x unchanged", _wavy),
]
