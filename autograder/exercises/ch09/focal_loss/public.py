"""`focal_loss(gamma, x)` (§9.7, exercise): the focal loss −(1 − x)^γ log x of every
predicted probability x of the true class."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden()

MISTAKES = {
    "no_minus": "the loss is negative: log x < 0 for a probability x, so the focal loss is "
                "−(1 − x)^γ log x, with the minus sign",
    "x_power": "the weight is x^γ: it is (1 − x)^γ, which shrinks the loss of well "
               "classified examples (x near 1)",
    "log_one_minus": "it takes log(1 − x): the loss is −(1 − x)^γ log x, the log of the "
                     "probability x itself",
}


def named(got, variants, expected=None):
    arr = as_array(got)
    if arr is None:
        return None
    for key, wrong in variants.items():
        if arr.shape == wrong.shape and np.allclose(arr, wrong, 1e-5, 1e-6):
            return MISTAKES[key]
    if expected is not None and arr.shape == np.shape(expected):
        expected = np.asarray(expected, "float64")
        big = np.abs(expected) > 1e-3
        if big.any():
            alpha = float(np.median(arr[big] / expected[big]))
            if abs(alpha - 1) > 1e-3 and np.allclose(arr, alpha * expected, 1e-4, 1e-6):
                return (f"the loss is {alpha:.4g} times the focal loss, a weight α: the "
                        "exercise takes α = 1, −(1 − x)^γ log x")
    return None


GAMMAS = (0, 1, 5)


def _recorded(fn, cases):
    x = cases["x"]
    for i, gamma in enumerate(GAMMAS):
        got = fn(gamma, nd.array(x))
        problem = mismatch(got, cases[f"out{i}"], 1e-5, 1e-6,
                           name=f"focal_loss({gamma}, x) on the book's x = "
                                "nd.arange(0.01, 1, 0.01)")
        if problem:
            variants = {k[len(f"v{i}_"):]: cases[k] for k in cases if k.startswith(f"v{i}_")}
            return named(got, variants, cases[f"out{i}"]) or problem
    return None


CHECKS = [("matches −(1 − x)^γ log x on the book's x for γ = 0, 1, 5", _recorded)]
