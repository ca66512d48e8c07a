"""`perplexity` (§6.4): what the student sees, the public checks and the named mistakes.

The perplexity is exp of the mean cross-entropy; the outputs are stacked step by step, so
the labels are ``Y.T`` flattened. The diagnoses compare the answer with the reference and
with what the usual mistakes give (recorded in ``cases.npz`` here, computed anew by the
grader).
"""

import math

import numpy as np
from mxnet import nd

from d2l.compare import EPS32, as_array, describe, mismatch
from d2l.registry import Forbidden, metric_funcs

SECTION = "§6.4 循环神经网络的从零开始实现"
FORBIDDEN = Forbidden(funcs=metric_funcs(), what="mx.metric.Perplexity (or another mx.metric)")
HINTS = [("could not be broadcast", "the labels must match the stacked outputs: "
                                    "Y.T.reshape((-1,)) gives batch_size * num_steps labels")]


def rtol(outputs):
    """The relative tolerance of a perplexity computed in float32 from ``outputs``.

    The cross-entropy of a row is logsumexp(scores) - score[y]: rounding the terms near the
    largest score |s| errs by up to eps32 * |s| (a stable answer and the reference subtract
    the maximum at different points), and the mean keeps that absolute error, which exp
    turns into the same relative error of the perplexity. Four times that, and 1e-5 for the
    sums of the mean and of logsumexp itself."""
    largest = max((float(np.abs(as_array(o)).max()) for o in outputs), default=0.0)
    return 1e-5 + 4 * EPS32 * largest


def value_of(got):
    """``(problem, value)``: the answer as a Python float, or that it is no number."""
    arr = as_array(got)
    if arr is None or arr.size != 1 or arr.dtype.kind not in "biuf":
        return (f"perplexity should return a number (a Python float), got {describe(got)}",
                None)
    return None, float(arr.reshape(-1)[0])


def overflow(got):
    """exp overflowed: the scores were not made stable."""
    if not math.isfinite(got):
        return (f"perplexity gives {got} for large scores: exp overflows in float32. Compute "
                "the cross-entropy from the scores stably (gloss.SoftmaxCrossEntropyLoss, or "
                "subtract each row's maximum before exp)")
    return None


# A wrong value is recognised within 1e-3: some mistakes amplify float32 rounding (exp of
# the summed cross-entropy multiplies its error by the number of predictions), and the
# mistakes' values differ from the perplexity by far more (a value that does not is never
# named: the second condition).
NAME_RTOL = 1e-3


def _named(message, doc):
    def diagnosis(got, expected, wrong, tol):
        tol = max(tol, NAME_RTOL)
        if math.isclose(got, wrong, rel_tol=tol) and not math.isclose(wrong, expected,
                                                                      rel_tol=tol):
            return message
        return None

    diagnosis.__doc__ = doc
    return diagnosis


labels_not_transposed = _named(
    "the labels do not line up with the outputs: nd.concat(*outputs, dim=0) stacks the "
    "scores step by step, so the labels are Y.T.reshape((-1,)), not Y.reshape((-1,))",
    "The labels flattened row by row (Y.reshape) instead of step by step (Y.T.reshape).")
no_exp = _named("this is the mean cross-entropy; the perplexity is its exponential",
                "The mean cross-entropy, without exp.")
summed = _named("the cross-entropy was summed; the perplexity is the exponential of its mean",
                "exp of the summed cross-entropy instead of the mean.")
base_2 = _named("the perplexity is exp(mean cross-entropy), in base e, not 2",
                "2 ** mean cross-entropy.")
averaged_exps = _named("the exponentials were averaged; the perplexity is the exponential of "
                       "the mean cross-entropy", "The mean of exp(cross-entropy).")

DIAGNOSES = {"labels_not_transposed": labels_not_transposed, "no_exp": no_exp,
             "summed": summed, "base_2": base_2, "averaged_exps": averaged_exps}


def diagnose(got, expected, variants, tol):
    """The named mistake whose value the answer gives (``variants``: ``{mistake: value}``),
    or None."""
    problem = overflow(got)
    if problem:
        return problem
    for mistake, diagnosis in DIAGNOSES.items():
        problem = diagnosis(got, expected, variants[mistake], tol)
        if problem:
            return problem
    return None


def judge(got, expected, variants, outputs, name):
    """What is wrong with the answer ``got`` for ``outputs``, or None."""
    problem, value = value_of(got)
    if problem:
        return problem
    tol = rtol(outputs)
    return (diagnose(value, expected, variants, tol)
            or mismatch(value, expected, tol, 0, name=name))


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _uniform(fn, cases):
    outputs = [nd.zeros((2, 5))] * 3
    got = fn(outputs, nd.array([[0, 1, 2], [3, 4, 0]]))
    # Every prediction's cross-entropy is log 5.
    ce = math.log(5)
    variants = {"labels_not_transposed": 5.0, "no_exp": ce, "summed": math.exp(6 * ce),
                "base_2": 2 ** ce, "averaged_exps": 5.0}
    return judge(got, 5.0, variants, [np.zeros((2, 5))],
                 "the perplexity of uniform scores over 5 characters")


def _recorded(prefix, name):
    def run(fn, cases):
        steps = cases[f"{prefix}outputs"]
        got = fn(list(_nd(steps)), _nd(cases[f"{prefix}Y"]))
        variants = {m: float(cases[f"{prefix}{m}"]) for m in DIAGNOSES}
        return judge(got, float(cases[f"{prefix}out"]), variants, list(steps), name)

    return run


CHECKS = [
    ("uniform scores over 5 characters give 5", _uniform),
    ("a number equal to exp(mean SoftmaxCrossEntropyLoss)",
     _recorded("", "perplexity(outputs, Y)")),
    ("stays finite and exact for scores near +-500",
     _recorded("large_", "the perplexity of scores near +-500")),
]
