"""`accuracy` (§3.6): what the student sees, the public check and the named mistakes."""

import numpy as np

from d2l.compare import as_array, describe
from d2l.registry import Forbidden, metric_funcs

SECTION = "§3.6 softmax回归的从零开始实现"
FORBIDDEN = Forbidden(funcs=(*metric_funcs(), "d2l.evaluate_accuracy", "d2l.train._num_correct"),
                      what="mx.metric.Accuracy (or another mx.metric) or d2l.evaluate_accuracy")
HINTS = [
    ("expected float32, got int", "argmax returns float32 and MXNet does not compare float32 "
                                  "with integer arrays: compare against y.astype('float32')"),
    ("could not be broadcast", "the predicted classes should have one entry per row, shape "
                               "(n,): take y_hat.argmax(axis=1), over the classes"),
]

# A fraction k / n of at most a few hundred examples is exact to float32 rounding (6e-8).
ATOL = 1e-6


def not_a_number(got, name):
    """The result is not one number; else None."""
    arr = as_array(got)
    if arr is None or arr.size != 1 or arr.dtype.kind not in "biuf":
        return f"{name} should be a single number (a Python float), got {describe(got)}"
    return None


def wrong_fraction(got, expected, n, labels="float"):
    """The number of correct predictions instead of the fraction, or another wrong value."""
    value = float(as_array(got).ravel()[0])
    if np.isclose(value, expected, rtol=0, atol=ATOL):
        return None
    if np.isclose(value, expected * n, rtol=0, atol=ATOL * n):
        return (f"accuracy returned {value:g}, the number of correct predictions: divide by "
                f"the number of examples ({n}) to get the fraction {expected:g}")
    if labels == "int":
        return (f"with integer labels accuracy is {value:g}, expected {expected:g} (compare "
                "against y.astype('float32'))")
    return (f"accuracy is {value:g}, expected {expected:g} (the fraction of rows whose largest "
            "entry is at the true label)")


def _score(fn, cases, key, labels):
    from mxnet import nd

    y = cases[key]
    got = fn(nd.array(cases["y_hat"]), nd.array(y, dtype=y.dtype))
    name = "accuracy(y_hat, y)" + (" with int32 labels" if labels == "int" else "")
    return (not_a_number(got, name)
            or wrong_fraction(got, float(cases["out"]), len(y), labels))


CHECKS = [
    ("the fraction of correct rows, as mx.metric.Accuracy, on a recorded input",
     lambda fn, cases: _score(fn, cases, "y", "float")),
    ("accepts integer labels (int32) as well",
     lambda fn, cases: _score(fn, cases, "y_int", "int")),
]
