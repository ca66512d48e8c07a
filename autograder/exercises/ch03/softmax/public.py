"""`softmax` (§3.6): what the student sees, the public check and the named mistakes."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§3.6 softmax回归的从零开始实现"
FORBIDDEN = Forbidden(
    ops={"softmax", "log_softmax", "softmin", "SoftmaxActivation", "SoftmaxOutput",
         "softmax_cross_entropy"},
    what="nd.softmax and its relatives")
HINTS = [("could not be broadcast", "The row sums have shape (n,) and do not broadcast "
                                   "against (n, q): sum with keepdims=True")]


def wrong_axis(got, X):
    """The columns were normalised instead of the rows."""
    arr = as_array(got)
    if arr is None or arr.shape != np.shape(X):
        return None
    if (np.allclose(arr.sum(axis=0), 1, atol=1e-4)
            and not np.allclose(arr.sum(axis=1), 1, atol=1e-4)):
        return ("the columns sum to 1 instead of the rows: normalise along axis=1 "
                "(sum(axis=1, keepdims=True))")
    return None


def overflow(got, what):
    """exp overflowed (NaN or inf): the row maximum was not subtracted."""
    arr = as_array(got)
    if arr is not None and arr.dtype.kind == "f" and not np.isfinite(arr).all():
        return (f"{what} contains NaN or inf: exp of large inputs overflows float32. "
                "Subtract each row's maximum before exp (the result does not change)")
    return None


def _rows(fn, cases):
    X = cases["X"]
    out = fn(nd.array(X))
    arr = as_array(out)
    if arr is not None and arr.shape == X.shape and not np.allclose(arr.sum(axis=1), 1,
                                                                     atol=1e-5):
        return wrong_axis(out, X) or "each row should sum to 1 (normalise along axis=1)"
    return None


def _recorded(fn, cases):
    X = cases["X"]
    out = fn(nd.array(X))
    return wrong_axis(out, X) or mismatch(out, cases["out"], 1e-5, 1e-6, name="softmax(X)")


def _stable(fn, cases):
    out = fn(nd.array([[100.0, 0.0]]))
    return (overflow(out, "softmax(nd.array([[100, 0]]))")
            or mismatch(out, np.array([[1.0, 0.0]]), 1e-5, 1e-6, name="softmax([[100, 0]])"))


CHECKS = [
    ("rows sum to 1", _rows),
    ("matches nd.softmax on a recorded input", _recorded),
    ("softmax(nd.array([[100, 0]])) is [[1, 0]], not NaN", _stable),
]
