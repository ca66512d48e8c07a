"""`batch_norm` (§5.10): the public checks, the named mistakes, and the grader's correct
version (``STAND_IN``) for the `BatchNorm` layer.

A named mistake of the training mode is a variant of batch normalization (the unbiased
variance, epsilon outside the square root, momentum swapped, statistics over the wrong
axes); the public check reads the variants' results from the recorded cases, the grader
computes them.
"""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§5.10 批量归一化"
NORMALIZATION = frozenset({"BatchNorm", "SyncBatchNorm", "BatchNormWithReLU", "InstanceNorm",
                           "LayerNorm", "GroupNorm"})
NORMALIZATION_WHAT = "nd.BatchNorm / nn.BatchNorm (a normalization operator)"
# The stand-in below is plain NDArray arithmetic (the BatchNorm layer, checked with it,
# forbids every normalization operator): it is forbidden here by name, which also makes
# the public check warn about it.
FORBIDDEN = Forbidden(ops=NORMALIZATION, funcs=(f"{__name__}.stand_in",),
                      what=NORMALIZATION_WHAT)
HINTS = [("could not be broadcast", "gamma, beta and the statistics must broadcast against "
                                    "X: for a 4-D X take the mean over axis=(0, 2, 3) with "
                                    "keepdims=True")]


def stand_in(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    """The grader's correct batch_norm."""
    if not autograd.is_training():
        X_hat = (X - moving_mean) / nd.sqrt(moving_var + eps)
    else:
        axes = 0 if X.ndim == 2 else (0, 2, 3)
        mean = X.mean(axis=axes, keepdims=True)
        var = ((X - mean) ** 2).mean(axis=axes, keepdims=True)
        X_hat = (X - mean) / nd.sqrt(var + eps)
        moving_mean = momentum * moving_mean + (1.0 - momentum) * mean
        moving_var = momentum * moving_var + (1.0 - momentum) * var
    return gamma * X_hat + beta, moving_mean, moving_var


STAND_IN = stand_in

# Tolerances. Y = gamma * (X - mean) / sqrt(var + eps) + beta is of magnitude a few units
# for these inputs (var >= 0.25, |gamma| <= 2), and a sound float32 computation in any
# order (two-pass variance or E[x^2] - mean^2 alike) is within 1e-6 of nd.BatchNorm's; the
# moving statistics are sums of two terms of magnitude about 1. Every named mistake moves
# a result by more than 1e-3.
Y_TOL = (1e-4, 1e-4)
STAT_TOL = (1e-4, 1e-5)

#: The named variants of the training mode.
NAMES = {
    "unbiased": "the variance is the unbiased estimator (divided by m - 1): batch "
                "normalization, like nd.BatchNorm, uses the biased one, the mean of the "
                "squared deviations (divide by m)",
    "eps outside": "epsilon is added outside the square root: divide by sqrt(var + eps)",
    "momentum swapped": "momentum and 1 - momentum are swapped: the new moving statistic "
                        "is momentum * moving + (1 - momentum) * batch statistic",
    "per position": "the statistics are taken over the batch axis only, one per pixel: for "
                    "a convolutional input take them over axes (0, 2, 3), one per channel",
    "per example": "the statistics are taken over the features of each example (axis 1): "
                   "take them over the batch, axis 0, one per feature",
}
PARTS = ("Y", "moving_mean", "moving_var")


def triple(value):
    if not isinstance(value, (tuple, list)) or len(value) != 3:
        return "batch_norm should return the triple (Y, moving_mean, moving_var)"
    return None


def named_variant(got, expected, variants, tol):
    """``variants``: ``{name of NAMES: the variant's value of this part (or None)}``."""
    arr = as_array(got)
    if arr is None or arr.shape != np.shape(expected) or np.allclose(arr, expected, *tol):
        return None
    for name, wrong in variants.items():
        if wrong is None:
            continue
        wrong = np.asarray(wrong)
        if arr.shape == wrong.shape and np.allclose(arr, wrong, *tol):
            return NAMES[name]
    return None


def moving_in_training(got_Y, train_Y, predict_Y):
    """In training mode the moving statistics were used (``predict_Y``: what they give)."""
    arr = as_array(got_Y)
    if (arr is not None and arr.shape == np.shape(train_Y)
            and not np.allclose(arr, train_Y, *Y_TOL) and np.allclose(arr, predict_Y, *Y_TOL)):
        return ("in training mode (autograd.is_training() is True) it normalized with the "
                "moving statistics: use the batch's mean and variance")
    return None


def batch_in_prediction(got_Y, predict_Y, train_Y):
    """In prediction mode the batch's statistics were used (``train_Y``: what they give)."""
    arr = as_array(got_Y)
    if (arr is not None and arr.shape == np.shape(predict_Y)
            and not np.allclose(arr, predict_Y, *Y_TOL) and np.allclose(arr, train_Y, *Y_TOL)):
        return ("in prediction mode it normalized with the batch's statistics: outside "
                "autograd.record() (autograd.is_training() is False) use moving_mean and "
                "moving_var")
    return None


def not_updated(got, before, expected, name):
    """A moving statistic came back unchanged in training mode, or in another shape."""
    arr = as_array(got)
    if arr is None:
        return None
    if arr.shape == np.shape(before) and np.allclose(arr, before, rtol=1e-6, atol=0):
        return (f"the moving statistics were not updated: in training mode return "
                f"momentum * {name} + (1 - momentum) * the batch's statistic")
    if arr.shape != np.shape(expected) and arr.size == np.size(expected):
        return (f"the new {name} has shape {arr.shape}; keep the shape it came in, "
                f"{np.shape(expected)} (reshape the batch statistic, or use keepdims=True)")
    return None


def changed_in_prediction(got, before, name):
    arr = as_array(got)
    if arr is None or arr.shape != np.shape(before) or not np.allclose(arr, before, rtol=1e-6,
                                                                       atol=0):
        return f"prediction mode should return {name} unchanged"
    return None


# --- the public checks -------------------------------------------------------------------

#: The recorded cases: name -> (shape of X, eps, momentum). A large eps tells
#: sqrt(var + eps) from sqrt(var) + eps.
CASES = {"fc": ((4, 3), 1e-5, 0.9), "conv": ((2, 3, 2, 2), 1e-5, 0.9),
         "large_eps": ((3, 2, 2, 2), 0.05, 0.8)}


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _args(cases, dims):
    return [_nd(cases[f"{dims}_{k}"]) for k in ("X", "gamma", "beta", "moving_mean",
                                                 "moving_var")]


def _variants(cases, dims, part):
    prefix, suffix = f"{dims}_variant_", f"_{part}"
    return {k[len(prefix):-len(suffix)].replace("_", " "): cases[k] for k in cases
            if k.startswith(prefix) and k.endswith(suffix)}


def _train(fn, cases):
    for dims, (_, eps, momentum) in CASES.items():
        with autograd.record(train_mode=True):
            got = fn(*_args(cases, dims), eps, momentum)
        Y = cases[f"{dims}_train_Y"]
        problem = (triple(got)
                   or moving_in_training(got[0], Y, cases[f"{dims}_predict_Y"])
                   or named_variant(got[0], Y, _variants(cases, dims, "Y"), Y_TOL)
                   or mismatch(got[0], Y, *Y_TOL,
                               name=f"Y in training mode ({dims} input, eps {eps:g})"))
        if problem:
            return problem
    return None


def _moving(fn, cases):
    for dims, (_, eps, momentum) in CASES.items():
        with autograd.record(train_mode=True):
            got = fn(*_args(cases, dims), eps, momentum)
        problem = triple(got)
        if problem:
            return problem
        for part, name in ((1, "moving_mean"), (2, "moving_var")):
            expected = cases[f"{dims}_train_{name}"]
            problem = (not_updated(got[part], cases[f"{dims}_{name}"], expected, name)
                       or named_variant(got[part], expected, _variants(cases, dims, name),
                                        STAT_TOL)
                       or mismatch(got[part], expected, *STAT_TOL,
                                   name=f"the new {name} ({dims} input, momentum {momentum:g})"))
            if problem:
                return problem
    return None


def _predict(fn, cases):
    for dims, (_, eps, momentum) in CASES.items():
        got = fn(*_args(cases, dims), eps, momentum)
        Y = cases[f"{dims}_predict_Y"]
        problem = (triple(got)
                   or batch_in_prediction(got[0], Y, cases[f"{dims}_train_Y"])
                   or mismatch(got[0], Y, *Y_TOL, name=f"Y in prediction mode ({dims} input)")
                   or changed_in_prediction(got[1], cases[f"{dims}_moving_mean"], "moving_mean")
                   or changed_in_prediction(got[2], cases[f"{dims}_moving_var"], "moving_var"))
        if problem:
            return problem
    return None


CHECKS = [
    ("training mode matches nd.BatchNorm on 2-D and 4-D inputs", _train),
    ("returns the moving statistics MXNet would keep", _moving),
    ("prediction mode uses the moving statistics", _predict),
]
