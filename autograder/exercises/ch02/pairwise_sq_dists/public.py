"""`pairwise_sq_dists(X, Y)` (§2.2): the squared distances between every row of X and every
row of Y, by broadcasting; the public check and the named mistakes.

``D[i, j] = sum_k (X[i, k] - Y[j, k]) ** 2`` for X of shape (n, d) and Y of shape (m, d):
D has shape (n, m). Nothing is forbidden (MXNet has no operator that does the whole job);
loops are allowed, broadcasting is what the exercise teaches."""

import numpy as np
from mxnet import nd

from d2l.compare import EPS32, as_array, describe, mismatch

SECTION = "§2.2 数据操作"
HINTS = [("could not be broadcast",
          "X is (n, d) and Y is (m, d): they do not broadcast against each other as they "
          "are. Give them shapes that do: X.expand_dims(1) is (n, 1, d) and "
          "Y.expand_dims(0) is (1, m, d), and their difference is (n, m, d)")]


def exact(X, Y):
    """D in float64 (NumPy), for the diagnoses."""
    X, Y = np.asarray(X, "float64"), np.asarray(Y, "float64")
    return ((X[:, None, :] - Y[None, :, :]) ** 2).sum(axis=2)


def tol(X, Y):
    """(rtol, atol) for a float32 answer: the expansion |x|^2 + |y|^2 - 2 x.y is an honest
    way to compute D and loses up to a few float32 epsilons of the squared norms."""
    X, Y = np.asarray(X, "float64"), np.asarray(Y, "float64")
    d = X.shape[1] if X.ndim == 2 else 1
    scale = (np.abs(X).max(initial=0) + np.abs(Y).max(initial=0)) ** 2
    return 1e-5, 1e-6 + 16 * d * EPS32 * scale


def diagnose(got, X, Y):
    """A named mistake in ``got`` = pairwise_sq_dists(X, Y), or None."""
    arr = as_array(got)
    if arr is None:
        return None
    arr = np.asarray(arr, "float64") if arr.dtype.kind in "biuf" else arr
    want = exact(X, Y)
    n, m = want.shape
    d = np.shape(X)[1]
    rtol, atol = tol(X, Y)
    if arr.shape == (m, n) and n != m:
        return (f"the result has shape {arr.shape}, expected ({n}, {m}): D[i, j] pairs row i "
                "of X with row j of Y, so X's rows run down the result. Broadcast X as "
                "(n, 1, d) and Y as (1, m, d)")
    if arr.shape == (n, m, d):
        return (f"the result has shape {arr.shape}: these are the squared differences of "
                f"each feature; add them up over the features, .sum(axis=2), to get ({n}, {m})")
    if arr.shape in ((n,), (n, 1), (n, d)) and n == m:
        return ("each row of X is compared with the row of Y at the same position only: "
                "compare every row of X with every row of Y (the result is (n, m))")
    if (arr.shape == want.shape and arr.dtype.kind == "f"
            and np.allclose(arr, np.sqrt(want), rtol=rtol, atol=np.sqrt(atol))
            and not np.allclose(arr, want, rtol=rtol, atol=atol)):
        i, j = np.unravel_index(int(np.argmax(want)), want.shape)
        return (f"D[{i}, {j}] is {arr[i, j]:.4g}, expected {want[i, j]:.4g}, its square: "
                "these are the distances, not the squared distances; leave out the "
                "square root")
    return None


def not_ndarray(got, name="pairwise_sq_dists"):
    """The answer is not an NDArray (e.g. a NumPy array)."""
    if type(got).__name__ not in ("NDArray", "NDArrayValue"):
        return (f"{name} returned {describe(got)}: return an NDArray. Compute with NDArray "
                "operations (nd.array(...) turns a NumPy array into one)")
    return None


def _recorded(fn, cases):
    X, Y = cases["X"], cases["Y"]
    got = fn(nd.array(X), nd.array(Y))
    return (diagnose(got, X, Y) or mismatch(got, cases["out"], *tol(X, Y),
                                            name=f"pairwise_sq_dists of {X.shape} and {Y.shape}")
            or not_ndarray(got))


def _small(fn, cases):
    X, Y = nd.array([[0, 0], [1, 1]]), nd.array([[1, 0], [3, 1], [0, 0]])
    got = fn(X, Y)
    want = np.array([[1.0, 10.0, 0.0], [1.0, 4.0, 2.0]])
    return diagnose(got, X.asnumpy(), Y.asnumpy()) or mismatch(
        got, want, 1e-5, 1e-5,
        name="pairwise_sq_dists(nd.array([[0, 0], [1, 1]]), nd.array([[1, 0], [3, 1], [0, 0]]))")


CHECKS = [
    ("the worked example: [[1, 10, 0], [1, 4, 2]]", _small),
    ("matches the reference on a recorded (4, 3) X and (5, 3) Y, as an NDArray (4, 5)",
     _recorded),
]
