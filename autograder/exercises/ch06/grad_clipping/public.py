"""`grad_clipping` (§6.4): what the student sees, the public checks and the named mistakes.

The diagnoses compare the gradients after the call with the reference's and with those the
usual mistakes give (recorded in ``cases.npz`` here, computed anew by the grader).
"""

import numpy as np
from mxnet import cpu, nd

from d2l.compare import mismatch
from d2l.registry import Forbidden

SECTION = "§6.4 循环神经网络的从零开始实现"
FORBIDDEN = Forbidden(funcs=("mxnet.gluon.utils.clip_global_norm", "d2l.grad_clipping"),
                      what="gluon.utils.clip_global_norm or d2l.grad_clipping")
_IN_PLACE = ("param.grad cannot be replaced: write into it in place, param.grad[:] = ... (or "
             "param.grad[:] *= ...)")
HINTS = [("can't set attribute", _IN_PLACE), ("has no setter", _IN_PLACE)]

# Tolerances. Clipping multiplies each gradient by one float32 factor computed from a sum of
# a few dozen squares: a few float32 roundings (~1e-6 relatively) whatever the order of
# the sum, and clip_global_norm's 1e-8 next to norms of order 1 to 10. 1e-4 leaves room for
# both; 1e-6 absolute for entries near 0. Unchanged gradients are multiplied by exactly 1
# (or not touched): 1e-5 relative is already loose.
RTOL, ATOL = 1e-4, 1e-6
SMALL_RTOL, SMALL_ATOL = 1e-5, 1e-7


def _close(a, b):
    return len(a) == len(b) and all(np.shape(x) == np.shape(y) and
                                    np.allclose(x, y, rtol=RTOL, atol=ATOL)
                                    for x, y in zip(a, b))


def parameters_changed(values, data):
    """The parameters themselves were rescaled."""
    if not all(np.allclose(v, d) for v, d in zip(values, data)):
        return ("the parameters themselves changed: clip the gradients, param.grad, and leave "
                "the parameters alone")
    return None


def unchanged(after, grads, norm, theta):
    """The gradients did not change although their norm is above theta."""
    if norm > theta and all(np.array_equal(a, g) for a, g in zip(after, grads)):
        return (f"the gradients did not change although their global norm ({norm:.4g}) is "
                f"above theta ({theta:.4g}): rescale param.grad in place, param.grad[:] *= "
                "theta / norm")
    return None


def _named(message, doc):
    def diagnosis(after, expected, wrong):
        return message if _close(after, wrong) and not _close(expected, wrong) else None

    diagnosis.__doc__ = doc
    return diagnosis


per_parameter = _named("each parameter was clipped by its own norm: compute one norm over all "
                       "the parameters' gradients together, and scale all of them by "
                       "theta / norm", "Each parameter clipped by its own norm.")
elementwise = _named("the entries were clipped one by one (nd.clip): rescale all gradients by "
                     "theta / norm, the global L2 norm", "Entries clipped to [-theta, theta].")
no_square_root = _named("the gradients were scaled by theta / norm**2: the norm is the square "
                        "root of the sum of squares", "No square root in the norm.")
always_rescales = _named("the gradients were rescaled to norm theta although their norm was "
                         "already smaller: only clip when norm > theta",
                         "Rescaled to norm theta even when the norm is smaller.")

DIAGNOSES = {"per_parameter": per_parameter, "elementwise": elementwise,
             "no_square_root": no_square_root, "always_rescales": always_rescales}


def diagnose(after, values, data, grads, theta, norm, expected, variants):
    """The named mistake that the gradients ``after`` the call (and the parameters' values)
    show, or None. ``expected``: the right gradients; ``variants``: ``{mistake: gradients}``."""
    problem = parameters_changed(values, data) or unchanged(after, grads, norm, theta)
    if problem:
        return problem
    for mistake, diagnosis in DIAGNOSES.items():
        problem = diagnosis(after, expected, variants[mistake])
        if problem:
            return problem
    return None


def compare(after, expected, small=False):
    for k, (a, e) in enumerate(zip(after, expected)):
        if small:
            problem = mismatch(a, e, SMALL_RTOL, SMALL_ATOL,
                               name=f"the gradient of parameter {k} (global norm below theta)")
        else:
            problem = mismatch(a, e, RTOL, ATOL,
                               name=f"the gradient of parameter {k} after clipping")
        if problem:
            return problem
    return None


def _case(cases, prefix):
    """A recorded problem (``prefix`` "big_" or "small_") as a dict."""
    count = len([k for k in cases if k.startswith(f"{prefix}grad")])

    def arrays(what):
        return [cases[f"{prefix}{what}{k}"] for k in range(count)]

    return {"data": arrays("data"), "grad": arrays("grad"), "out": arrays("out"),
            "variants": {mistake: arrays(mistake) for mistake in DIAGNOSES},
            "theta": float(cases[f"{prefix}theta"]), "norm": float(cases[f"{prefix}norm"])}


def _run(fn, case):
    params = []
    for d, g in zip(case["data"], case["grad"]):
        p = nd.array(d)
        p.attach_grad()
        p.grad[:] = nd.array(g)
        params.append(p)
    fn(params, case["theta"], cpu())
    return [p.grad.asnumpy() for p in params], [p.asnumpy() for p in params]


def _check(prefix, small):
    def run(fn, cases):
        case = _case(cases, prefix)
        after, values = _run(fn, case)
        return (diagnose(after, values, case["data"], case["grad"], case["theta"],
                         case["norm"], case["out"], case["variants"])
                or compare(after, case["out"], small))

    return run


CHECKS = [
    ("clips like gluon.utils.clip_global_norm", _check("big_", False)),
    ("leaves gradients whose norm is below theta alone", _check("small_", True)),
]
