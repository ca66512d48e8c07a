"""`relu` (§3.8): what the student sees, the public check, the named mistakes and the
stand-in the checks of `net` use."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch03 import gradients

SECTION = "§3.8 多层感知机"
FORBIDDEN = Forbidden(ops={"relu", "Activation", "LeakyReLU"},
                      what="nd.relu, nd.Activation or nd.LeakyReLU")

# max(x, 0), x * (x > 0) and (x + |x|) / 2 are all exact in float32, and so are their
# gradients (head or 0): only an absolute floor for sums that round to a tiny number.
RTOL, ATOL = 1e-6, 1e-7


def relu_stand_in(X):
    """The grader's correct relu for the checks of `net`: MXNet's own, which `relu` may not
    call."""
    return nd.relu(X)


STAND_IN = relu_stand_in


def absolute(got, X):
    """The result is |x|: negative entries became positive instead of 0."""
    arr = as_array(got)
    if (arr is not None and arr.shape == X.shape and (X < 0).any()
            and np.allclose(arr, np.abs(X), RTOL, ATOL)):
        return ("relu(X) is the absolute value |x|: negative entries must become 0, not "
                "positive (nd.maximum(X, 0))")
    return None


def changed_input(after, X):
    """The input ``X`` is not what it was before the call (``after``)."""
    if not np.array_equal(np.asarray(after), X):
        return "relu changed its input X in place: return a new array (nd.maximum(X, 0))"
    return None


def _values(fn, cases):
    X = cases["X"]
    got = fn(nd.array(X))
    return absolute(got, X) or mismatch(got, cases["out"], RTOL, ATOL, name="relu(X)")


def _input(fn, cases):
    X = nd.array(cases["X"])
    fn(X)
    return changed_input(X.asnumpy(), cases["X"])


def _gradient(fn, cases):
    grads, problem = gradients(fn, [cases["X"]], [0], cases["head"])
    return problem or mismatch(grads[0], cases["grad"], RTOL, ATOL,
                               name="the gradient with respect to X")


CHECKS = [
    ("matches nd.relu on a recorded input", _values),
    ("leaves its input unchanged", _input),
    ("passes gradient 1 for positive and 0 for negative inputs", _gradient),
]
