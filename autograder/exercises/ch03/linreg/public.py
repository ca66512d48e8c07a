"""`linreg` (§3.2): what the student sees, the public check and the named mistakes."""

import numpy as np

from d2l.compare import EPS32, as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch03 import gradients

SECTION = "§3.2 线性回归的从零开始实现"
FORBIDDEN = Forbidden(ops={"FullyConnected"}, funcs=("d2l.linreg",),
                      what="nn.Dense / nd.FullyConnected or d2l.linreg")
HINTS = [("dot shape error", "X has shape (n, d) and w has shape (d, 1) already: "
                            "nd.dot(X, w), without transposing w")]


def tolerance(X, w, b, head=None):
    """``(rtol, atol)`` for ``X w + b`` (and, given ``head``, its gradients) in float32: a
    sum of k products is exact to a few k x eps x the sum of their magnitudes, whatever the
    order of the sum (a loop over the features adds them in another order than nd.dot);
    the named mistakes are off by O(1)."""
    X, w, b = (np.abs(np.asarray(a, dtype="float64")) for a in (X, w, b))
    sums = [X @ w + b]
    if head is not None:
        head = np.abs(np.asarray(head, dtype="float64"))
        sums += [X.T @ head, head @ w.T, head.sum(axis=0)]
    scale = max(float(s.max()) for s in sums)
    return 1e-5, 4 * (sum(X.shape) + 1) * EPS32 * scale


def wrong_output(got, expected, b, tol):
    """The bias is missing, or the predictions are flat ``(n,)``; None otherwise. ``tol``:
    ``(rtol, atol)`` from :func:`tolerance`."""
    arr = as_array(got)
    if arr is None or arr.dtype.kind not in "biuf":
        return None
    rtol, atol = tol
    if (arr.shape == expected.shape and not np.allclose(arr, expected, rtol, atol)
            and np.allclose(arr, expected - b, rtol, atol)):
        return "the result is X w without the bias: add b"
    if arr.shape == (len(expected),) and np.allclose(arr, expected.ravel(), rtol, atol):
        return (f"the values are right but the predictions have shape {arr.shape}: return "
                f"shape (n, 1) = {expected.shape}, as nd.dot(X, w) + b does")
    return None


def no_gradient(grads, expected):
    """The gradients of X and w are all 0 although they should not be: X w was computed
    outside autograd."""
    arrays = [as_array(g) for g in grads[:2]]
    if all(g is not None and not g.any() for g in arrays) and np.asarray(expected[1]).any():
        return ("no gradient reaches X and w (their gradients are all 0): X w was computed "
                "outside autograd (NumPy, .asnumpy() or nd.array(...)); use nd.dot(X, w)")
    return None


def _values(fn, cases):
    from mxnet import nd

    X, w, b = cases["X"], cases["w"], cases["b"]
    got = fn(nd.array(X), nd.array(w), nd.array(b))
    tol = tolerance(X, w, b)
    return (wrong_output(got, cases["out"], b, tol)
            or mismatch(got, cases["out"], *tol, name="linreg(X, w, b)"))


def _gradients(fn, cases):
    X, w, b = cases["X"], cases["w"], cases["b"]
    grads, problem = gradients(fn, [X, w, b], [0, 1, 2], cases["head"])
    if problem:
        return problem
    expected = [cases["grad_X"], cases["grad_w"], cases["grad_b"]]
    problem = no_gradient(grads, expected)
    for got, want, name in zip(grads, expected, "Xwb"):
        problem = problem or mismatch(got, want, *tolerance(X, w, b, cases["head"]),
                                      name=f"the gradient with respect to {name}")
    return problem


CHECKS = [
    ("matches a Dense(1) layer on a recorded input, shape (n, 1)", _values),
    ("passes the right gradients to X, w and b", _gradients),
]
