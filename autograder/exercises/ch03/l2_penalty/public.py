"""`l2_penalty` (§3.12): what the student sees, the public check and the named mistakes."""

import numpy as np

from d2l.compare import EPS32, as_array, describe, mismatch
from d2l.selfcheck.ch03 import gradients

SECTION = "§3.12 权重衰减"


def rtol(w):
    """A sum of w.size positive squares is exact in float32 to a few (w.size x eps),
    relatively, in any order (a norm squared, a dot product, a reduce); the named mistakes
    are off by factors."""
    return 4 * (np.size(w) + 2) * EPS32


def not_a_number(got):
    arr = as_array(got)
    if arr is None or arr.size != 1 or arr.dtype.kind not in "biuf":
        return f"l2_penalty should return one number (an NDArray scalar), got {describe(got)}"
    return None


def wrong_penalty(got, w, expected):
    """Twice the penalty, the norm, half the norm, the mean of the squares or the L1
    penalty; or just a wrong value."""
    value = float(as_array(got).ravel()[0])
    tol = rtol(w)
    if np.isclose(value, expected, rtol=tol, atol=0):
        return None
    w64 = np.asarray(w, dtype="float64")
    for wrong, hint in [(2 * expected, "twice the expected value: divide by 2"),
                        (np.sqrt(2 * expected), "this is the norm ||w||: square it, no root"),
                        (np.sqrt(2 * expected) / 2, "this is ||w|| / 2: square the norm"),
                        (expected / w64.size, "the squares are averaged: sum them instead"),
                        (float(np.abs(w64).sum()), "this is the L1 penalty, the sum of |w|: "
                                                   "sum the squares instead")]:
        if np.isclose(value, wrong, rtol=max(tol, 1e-5), atol=0):
            return f"l2_penalty(w) = {value:.6g}, expected {expected:.6g}; {hint}"
    return f"l2_penalty(w) = {value:.6g}, expected {expected:.6g} (= sum of w**2 / 2)"


def _value(fn, cases):
    from mxnet import nd

    got = fn(nd.array(cases["w"]))
    return not_a_number(got) or wrong_penalty(got, cases["w"], float(cases["out"]))


def _gradient(fn, cases):
    w = cases["w"]
    grads, problem = gradients(fn, [w], [0])
    # the gradient (2 w / 2, w / ||w|| x ||w||, ...) is w to a few eps
    return problem or mismatch(grads[0], w, 1e-5, 1e-7, name="the gradient with respect to w")


CHECKS = [
    ("half the sum of squares on a recorded input", _value),
    ("an NDArray with gradient w", _gradient),
]
