"""Comparing a result with the expected one, and saying plainly how they differ.

Used by the public self-check in the notebook (``d2l.check``) and by the judge's hidden
checks, so a student reads the same kind of message in both places: shape, dtype, NaN or
infinity, the first wrong index and the largest error.
"""

import numpy as np


def as_array(value):
    """NumPy view of an NDArray, a NumPy array or a number; None for anything else."""
    if hasattr(value, "asnumpy"):
        value = value.asnumpy()
    if isinstance(value, (int, float, np.number, np.bool_)) and not isinstance(value, bool):
        return np.asarray(value)
    if isinstance(value, np.ndarray):
        return value
    return None


def describe(value):
    """A short description of a value's type and shape for messages."""
    arr = as_array(value)
    kind = type(value).__name__
    if kind == "NDArrayValue":
        kind = "NDArray"
    if arr is None:
        return kind
    if arr.ndim == 0:
        return f"{kind} {arr.item()!r}"
    return f"{kind} of shape {arr.shape} and dtype {arr.dtype}"


def mismatch(got, expected, rtol=1e-5, atol=1e-6, name="the result", check_dtype=False):
    """Return None when ``got`` matches ``expected`` within tolerances, else a message.

    The tolerance is NumPy's: ``|got - expected| <= atol + rtol * |expected|``.
    """
    exp = np.asarray(as_array(expected) if as_array(expected) is not None else expected)
    arr = as_array(got)
    if arr is None:
        return f"{name} should be an array of shape {exp.shape}, but it is {describe(got)}"
    if arr.shape != exp.shape and arr.size == exp.size == 1 and min(arr.ndim, exp.ndim) == 0:
        arr = arr.reshape(exp.shape)  # a 0-d scalar and MXNet's shape-(1,) scalar agree
    if arr.shape != exp.shape:
        hint = ""
        if arr.size == exp.size:
            hint = " (same number of elements: a reshape is missing or wrong)"
        elif arr.ndim == exp.ndim + 1 or arr.size == exp.size**2:
            hint = " (an extra dimension appeared: check for unwanted broadcasting)"
        return f"{name} has shape {arr.shape}, expected {exp.shape}{hint}"
    if check_dtype and arr.dtype != exp.dtype:
        return f"{name} has dtype {arr.dtype}, expected {exp.dtype}"
    if arr.dtype.kind == "b" and exp.dtype.kind != "b":
        arr = arr.astype(exp.dtype)
    if arr.dtype.kind not in "biufc":
        return f"{name} has dtype {arr.dtype}, which is not numeric"
    a = arr.astype(np.float64)
    e = exp.astype(np.float64)
    bad_got = ~np.isfinite(a) & np.isfinite(e)
    if bad_got.any():
        idx = _first(bad_got)
        what = "NaN" if np.isnan(a[idx]) else "infinity"
        return (f"{name} contains {what} ({int(bad_got.sum())} of {a.size} entries, first at "
                f"index {idx}) where a finite value was expected")
    close = np.isclose(a, e, rtol=rtol, atol=atol, equal_nan=True)
    if close.all():
        return None
    idx = _first(~close)
    err = np.abs(a - e)[np.isfinite(e)]
    return (f"{name} is wrong at {int((~close).sum())} of {a.size} entries; first at index "
            f"{idx}: got {a[idx]:.6g}, expected {e[idx]:.6g}; largest error "
            f"{err.max():.3g} (tolerance: atol {atol:g} + rtol {rtol:g} x |expected|)")


def _first(mask):
    flat = int(np.flatnonzero(mask.ravel())[0])
    idx = np.unravel_index(flat, mask.shape)
    return tuple(int(i) for i in idx) if len(idx) != 1 else int(idx[0])


EPS32 = float(np.finfo(np.float32).eps)


def float32_tol(*inputs, condition=4.0, floor=1e-5):
    """A relative tolerance for a result computed in float32 from ``inputs``: ``floor``
    plus the rounding error float32 already makes in the inputs (machine epsilon times
    their largest magnitude), times ``condition``, how much the computation can amplify
    it. A sound answer written differently from the reference stays inside it: softmax of
    rows near 1000 cannot be more exact than float32 holds 1000."""
    largest = max((float(np.max(np.abs(as_array(x)))) for x in inputs if as_array(x) is not None
                   and as_array(x).size), default=0.0)
    return floor + condition * EPS32 * largest
