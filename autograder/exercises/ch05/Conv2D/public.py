"""`Conv2D` (§5.1): the book's convolutional layer on `corr2d`, its public checks and the
named mistakes."""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS
from d2l.selfcheck.ch05.corr2d.public import CONVOLUTION, CONVOLUTION_WHAT, corr_tol

SECTION = "§5.1 二维卷积层"
# The grader checks this exercise with its own correct versions of these (notebook name:
# exercise), so a mistake there costs points only once; so does the public check.
STAND_INS = {"corr2d": "corr2d"}
# Checked with the grader's corr2d, which runs d2l.corr2d: that is allowed here.
FORBIDDEN = Forbidden(ops=CONVOLUTION, what=CONVOLUTION_WHAT)
HINTS = list(BLOCK_HINTS)


def parameter_problem(shapes, kernel_size, strict=False):
    """What is wrong with the layer's parameter shapes (creation order); ``strict``: the
    weight must come first."""
    kernel = tuple(kernel_size)
    shapes = [tuple(s) for s in shapes]
    if shapes == [kernel, (1,)]:
        return None
    if shapes == [(1,), kernel]:
        if not strict:
            return None
        return ("create the weight first and then the bias (as the book does; the public "
                "check relies on that order)")
    if kernel not in shapes:
        return (f"Conv2D({kernel_size}) has parameters of shapes {shapes}: the kernel must be "
                "a parameter, self.params.get('weight', shape=kernel_size), or it cannot "
                "be learned")
    return (f"Conv2D({kernel_size}) should have two parameters, a weight of shape {kernel} "
            f"and a bias of shape (1,); it has shapes {shapes}")


def weight_and_bias(values, kernel_size):
    """The weight and the bias among the parameter values, whichever came first."""
    if [np.shape(v) for v in values] == [(1,), tuple(kernel_size)]:
        return values[::-1]
    return values


MISTAKES = {
    "flipped": "the kernel is flipped: the layer should compute corr2d(x, weight)",
    "no_bias": "the bias is not added: return corr2d(x, self.weight.data()) + "
               "self.bias.data()",
}


def named_output(got, expected, variants, tol):
    """``variants``: the outputs of the named mistakes (corr2d(x, flipped weight) + bias,
    corr2d(x, weight))."""
    arr = as_array(got)
    if arr is None or arr.shape != np.shape(expected):
        return None
    if np.allclose(arr, expected, *tol):
        return None
    for key, wrong in variants.items():
        if np.allclose(arr, wrong, *tol):
            return MISTAKES[key]
    return None


def bias_no_gradient(grad_b, expected):
    g = as_array(grad_b)
    if g is not None and np.allclose(g, 0) and not np.allclose(expected, 0):
        return "the bias gets no gradient: forward must add self.bias.data() to the output"
    return None


# --- the public checks -------------------------------------------------------------------


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _layer(cls, cases):
    kernel_size = cases["weight"].shape
    layer = cls(kernel_size)
    layer.initialize()
    X = _nd(cases["X"])
    layer(X)
    return layer, X, kernel_size


def _params(cls, cases):
    layer, _, kernel_size = _layer(cls, cases)
    shapes = [p.shape for p in layer.collect_params().values()]
    return parameter_problem(shapes, kernel_size, strict=True)


def _loaded(cls, cases):
    layer, X, kernel_size = _layer(cls, cases)
    params = list(layer.collect_params().values())
    problem = parameter_problem([p.shape for p in params], kernel_size)
    if problem:
        return None, None, None, problem
    weight, bias = weight_and_bias(params, kernel_size)
    weight.set_data(_nd(cases["weight"]))
    bias.set_data(_nd(cases["bias"]))
    return layer, X, (weight, bias), None


def _forward(cls, cases):
    layer, X, _, problem = _loaded(cls, cases)
    if problem:
        return problem
    got = layer(X)
    tol = corr_tol(cases["X"], cases["weight"])
    return (named_output(got, cases["out"], {k: cases[f"out_{k}"] for k in MISTAKES}, tol)
            or mismatch(got, cases["out"], *tol, name="Conv2D's output"))


def _gradient(cls, cases):
    layer, X, (weight, bias), problem = _loaded(cls, cases)
    if problem:
        return problem
    X.attach_grad()
    with autograd.record():
        Y = layer(X)
    Y.backward(_nd(cases["head"]))
    head = cases["head"]
    return (bias_no_gradient(bias.grad(), cases["grad_bias"])
            or mismatch(X.grad, cases["grad_X"], 1e-4, corr_tol(head, cases["weight"])[1],
                        name="the gradient with respect to the input")
            or mismatch(weight.grad(), cases["grad_weight"], 1e-4, corr_tol(head, cases["X"])[1],
                        name="the gradient with respect to the weight")
            or mismatch(bias.grad(), cases["grad_bias"], 1e-4,
                        corr_tol(head, np.ones_like(head))[1],
                        name="the gradient with respect to the bias"))


CHECKS = [
    ("creates a weight of shape kernel_size and then a bias of shape (1,)", _params),
    ("matches corr2d(x, weight) + bias with recorded parameters", _forward),
    ("passes the right gradients to the input, the weight and the bias", _gradient),
]
