"""`f(a)` (§2.3 对Python控制流求梯度): the book's function with a while loop and an if, and
its gradient through autograd; the public check and the named mistakes. The grader's own
copy of the book's ``f`` (``STAND_IN``) is what `grad_of_f` is checked with."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array

SECTION = "§2.3 自动求梯度"
HINTS = [("not in a computational graph",
          "f must compute with NDArray operations (a * 2, b.norm(), 100 * b) so that "
          "autograd can record them; NumPy computations are invisible to autograd")]


def book_f(a):
    """The book's f(a)."""
    b = a * 2
    while b.norm().asscalar() < 1000:
        b = b * 2
    if b.sum().asscalar() > 0:  # noqa: SIM108 - the book's code as it is
        c = b
    else:
        c = 100 * b
    return c


STAND_IN = book_f
BOOK_CODE = ("book_f",)  # the book's own code: a student may type it in (guard.copied_codes)


def exact(a):
    """The book's f in float64 NumPy."""
    b = np.asarray(a, "float64") * 2
    while np.linalg.norm(b) < 1000:
        b = b * 2
    return b if b.sum() > 0 else 100 * b


def diagnose(got, a):
    """A named mistake in ``got`` = f(a), or None."""
    arr = as_array(got)
    want = exact(a)
    if arr is None or arr.shape != want.shape:
        return None
    arr = arr.astype("float64")
    if np.allclose(arr, want, rtol=1e-6):
        return None
    first = (f"f returned {arr.reshape(-1)[0]:.6g} for the first element, expected "
             f"{want.reshape(-1)[0]:.6g}: ")
    for factor in (100.0, 0.01):
        if np.allclose(arr, want * factor, rtol=1e-6):
            return (first + "the two branches are swapped: the book keeps c = b when "
                    "b.sum() > 0 and takes c = 100 * b otherwise")
    ratio = arr.reshape(-1)[0] / want.reshape(-1)[0] if want.reshape(-1)[0] else 0
    if ratio > 0 and np.allclose(arr, want * ratio, rtol=1e-6) and np.isclose(
            np.log2(ratio), round(np.log2(ratio))):
        return (first + f"the result is {ratio:g} times the book's: b is doubled a "
                "different number of times. Start from b = a * 2 and keep doubling while "
                "b.norm().asscalar() < 1000")
    return None


def _values(fn, cases):
    from d2l.compare import mismatch

    for k in range(3):
        a = cases[f"a{k}"]
        got = fn(nd.array(a))
        problem = diagnose(got, a) or mismatch(got, cases[f"c{k}"], 1e-6, 1e-6,
                                               name=f"f(nd.array({a.tolist()}))")
        if problem:
            return problem
    return None


def _gradient(fn, cases):
    from mxnet import autograd

    from d2l.compare import mismatch

    a = nd.array(cases["a2"])
    a.attach_grad()
    with autograd.record():
        c = fn(a)
    if not isinstance(c, nd.NDArray):
        return (f"f returned {type(c).__name__}, not an NDArray: autograd can only "
                "differentiate NDArray computations")
    c.backward()
    return mismatch(a.grad, (c / a).asnumpy(), 1e-6, 1e-6,
                    name="a.grad after c = f(a) is recorded and c.backward()")


CHECKS = [
    ("f(a) is the book's c for a positive and a negative scalar and a vector", _values),
    ("autograd through f gives a.grad == c / a", _gradient),
]
