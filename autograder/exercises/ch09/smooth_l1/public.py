"""`smooth_l1(x, sigma)` (§9.7, exercise): the smooth L1 loss of every element,
(σx)²/2 where |x| < 1/σ², |x| − 0.5/σ² elsewhere."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.7 单发多框检测（SSD）"
FORBIDDEN = Forbidden(ops={"smooth_l1"}, funcs=("mxnet.gluon.loss.HuberLoss.hybrid_forward",),
                      what="nd.smooth_l1 and gloss.HuberLoss")

MISTAKES = {
    "threshold_sigma": "the quadratic part ends at |x| = 1/σ: it ends at |x| = 1/σ² (σ "
                       "squared), where (σx)²/2 and |x| − 0.5/σ² meet",
    "offset_sigma": "the linear part is |x| − 0.5/σ: it is |x| − 0.5/σ² (σ squared)",
    "no_half": "the quadratic part is (σx)²: it is (σx)²/2",
    "sigma_not_squared": "the quadratic part is σx²/2: it is (σx)²/2, σ squared with x",
    "abs_missing": "the linear part is x − 0.5/σ²: it is |x| − 0.5/σ², and the test "
                   "compares |x| (negative x too)",
}


def named(got, variants, rtol=1e-5, atol=1e-5):
    """The message of the named mistake whose values ``got`` are (``variants``: NumPy
    outputs of the mistakes on the same input), or None."""
    arr = as_array(got)
    if arr is None:
        return None
    for key, wrong in variants.items():
        if arr.shape == wrong.shape and np.allclose(arr, wrong, rtol, atol):
            return MISTAKES[key]
    return None


SIGMAS = (10.0, 1.0, 0.5)


def _recorded(fn, cases):
    x = cases["x"]
    for i, sigma in enumerate(SIGMAS):
        got = fn(nd.array(x), sigma)
        problem = mismatch(got, cases[f"out{i}"], 1e-5, 1e-5,
                           name=f"smooth_l1(x, {sigma}) on the book's x = nd.arange(-2, 2, 0.1)")
        if problem:
            variants = {k[len(f"v{i}_"):]: cases[k] for k in cases if k.startswith(f"v{i}_")}
            return named(got, variants) or problem
    return None


CHECKS = [("matches nd.smooth_l1(x, scalar=sigma) on the book's x for sigma 10, 1, 0.5",
           _recorded)]
