"""`CenteredLayer()` (§4.4): a layer without parameters that subtracts the mean of all its
input's elements; the public checks and the named mistakes."""

import numpy as np

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import other_probes
from d2l.selfcheck.ch04.MLP.public import HINTS  # noqa: F401 - the chapter's block hints

SECTION = "§4.4 自定义层"
FORBIDDEN = Forbidden().also(*other_probes("CenteredLayer"))


def centered_problem(X, out):
    """The output is not X - X.mean() (one mean over every element)."""
    X = np.asarray(X, dtype=np.float64)
    arr = as_array(out)
    if arr is not None and arr.shape == X.shape:
        if X.ndim > 1 and np.allclose(arr, X - X.mean(axis=-1, keepdims=True), 1e-4, 1e-5):
            return ("it subtracts each row's mean: the book subtracts one mean over every "
                    "element, x - x.mean()")
        if X.ndim > 1 and np.allclose(arr, X - X.mean(axis=0, keepdims=True), 1e-4, 1e-5):
            return ("it subtracts each column's mean: the book subtracts one mean over every "
                    "element, x - x.mean()")
    return mismatch(out, X - X.mean(), 1e-4, 1e-5, name="the output of CenteredLayer()")


DETACHED = ("the gradient with respect to x is the head gradient itself: the mean does not "
            "take part in autograd (asscalar() or NumPy make it a constant); subtract the "
            "NDArray x.mean()")


def gradient_problem(head, grad):
    """The gradient of <head, x - mean(x)> with respect to x is head - mean(head)."""
    head = np.asarray(head, dtype=np.float64)
    arr = as_array(grad)
    if arr is not None and arr.shape == head.shape and np.allclose(arr, head, 1e-4, 1e-5):
        return DETACHED
    return mismatch(grad, head - head.mean(), 1e-4, 1e-5, name="the gradient of x")


def _forward(make, cases):
    from mxnet import nd

    layer = make()
    layer.initialize()
    X = cases["X"]
    return centered_problem(X, layer(nd.array(X)))


def _gradient(make, cases):
    from mxnet import autograd, nd

    layer = make()
    layer.initialize()
    X, head = nd.array(cases["X"]), nd.array(cases["head"])
    X.attach_grad()
    with autograd.record():
        y = layer(X)
    y.backward(head)
    return gradient_problem(cases["head"], X.grad)


CHECKS = [("it returns x - x.mean()", _forward),
          ("the gradient flows through the mean", _gradient)]
