"""`net` (§3.9): what the student sees, the public check and the named mistakes.

The book's `net` reads its parameters from the notebook's globals (``num_inputs``, ``W1``,
``b1``, ``W2``, ``b2``; ``params`` lists them) and calls the notebook's `relu`. The checks
set those globals and swap in a correct `relu` (the stand-in of exercise `relu`), so a
mistake in `relu` costs points once, in `relu`.
"""

import numpy as np

from d2l.compare import EPS32, as_array, mismatch
from d2l.selfcheck import notebook_globals

SECTION = "§3.9 多层感知机的从零开始实现"
HINTS = [("dot shape error", "flatten each example to a row first: "
                            "X.reshape((-1, num_inputs))"),
         ("reshape", "reshape with the global num_inputs, not a fixed number such as 784")]
PARAMS = ("W1", "b1", "W2", "b2")


def model_globals(W1, b1, W2, b2):
    """The globals the notebook's parameter cell defines, for these parameters."""
    m = {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "num_inputs": W1.shape[0],
         "num_hiddens": W1.shape[1], "num_outputs": W2.shape[1]}
    m["params"] = [W1, b1, W2, b2]  # a correct net may read its weights from this list
    return m


def tolerance(X, W1, b1, W2, b2, head=None):
    """``(rtol, atol)`` for the MLP's output (or, given ``head``, the gradient with respect
    to X) in float32: two sums of products, each exact to a few (terms x eps x the sum of
    their magnitudes), in whatever order they are added; the named mistakes are off by
    O(1)."""
    X, W1, b1, W2, b2 = (np.abs(np.asarray(a, dtype="float64")) for a in (X, W1, b1, W2, b2))
    flat = X.reshape(-1, W1.shape[0])
    scale = float(((flat @ W1 + b1) @ W2 + b2).max())
    if head is not None:
        head = np.abs(np.asarray(head, dtype="float64"))
        scale = max(scale, float((head @ W2.T @ W1.T).max()))
    return 1e-5, 4 * (sum(W1.shape) + W2.shape[1] + 2) * EPS32 * scale


def wrong_layers(got, X, W1, b1, W2, b2, expected, tol):
    """relu on the output layer, no relu in the hidden layer, or softmax on the output."""
    arr = as_array(got)
    if arr is None or arr.shape != expected.shape or arr.dtype.kind not in "biuf":
        return None
    rtol, atol = tol
    if np.allclose(arr, expected, rtol, atol):
        return None
    if np.allclose(arr, np.maximum(expected, 0), rtol, atol):
        return ("relu was applied to the output layer: return the output scores without "
                "an activation (softmax belongs to the loss)")
    flat = np.asarray(X, dtype="float64").reshape(len(expected), -1)
    linear = (flat @ W1 + b1) @ W2 + b2
    if np.allclose(arr, linear, rtol, atol):
        return "the hidden layer has no relu"
    shifted = np.exp(expected - expected.max(axis=1, keepdims=True))
    if np.allclose(arr, shifted / shifted.sum(axis=1, keepdims=True), 1e-4, 1e-6):
        return ("the output went through softmax: return the scores O = H W2 + b2; softmax "
                "belongs to the loss")
    return None


def _net(fn, cases):
    from mxnet import nd

    from d2l.selfcheck.ch03.relu.public import STAND_IN

    values = [cases[k] for k in PARAMS]
    with notebook_globals(fn, relu=STAND_IN, **model_globals(*map(nd.array, values))):
        got = fn(nd.array(cases["X"]))
    tol = tolerance(cases["X"], *values)
    return (wrong_layers(got, cases["X"], *values, cases["out"], tol)
            or mismatch(got, cases["out"], *tol, name="net(X) on recorded parameters"))


CHECKS = [
    ("matches Dense(relu) then Dense on recorded parameters and image-shaped input", _net),
]
