"""Reference `grad_clipping`: ``gluon.utils.clip_global_norm``, which multiplies every
gradient by min(1, theta / (norm + 1e-8)), ``norm`` being the L2 norm of all gradients
together (the book's version skips the 1e-8, which the tolerance absorbs); and the
gradients the usual mistakes give."""

import math

import numpy as np
from mxnet import gluon, nd

SHAPES = [(4, 3), (3,), (3, 5), (2, 2)]
SCALES = [5.0, 0.2, 1.0, 0.05]  # very different norms, so per-parameter clipping shows


def clip_global_norm(grads, theta):
    arrays = [nd.array(np.asarray(g), dtype="float32") for g in grads]
    gluon.utils.clip_global_norm(arrays, theta, check_isfinite=False)
    return [a.asnumpy() for a in arrays]


def global_norm(grads):
    return float(math.sqrt(sum(float((np.asarray(g, np.float64) ** 2).sum()) for g in grads)))


def variants(grads, theta):
    """``{mistake: gradients}`` as the usual mistakes leave them (float64)."""
    grads = [np.asarray(g, np.float64) for g in grads]
    norm = global_norm(grads)
    return {
        "per_parameter": [g * min(1.0, theta / np.sqrt((g ** 2).sum())) for g in grads],
        "elementwise": [np.clip(g, -theta, theta) for g in grads],
        "no_square_root": [g * theta / norm ** 2 for g in grads],
        "always_rescales": [g * theta / norm for g in grads],
    }


def problem(rng, ratio):
    """Parameters and gradients of different sizes, and theta = ratio * global norm."""
    data = [rng.normal(size=s).astype("float32") for s in SHAPES]
    grads = [(rng.normal(size=s) * c).astype("float32") for s, c in zip(SHAPES, SCALES)]
    # The largest entry is well above theta, so that clipping entry by entry shows.
    grads[0].flat[0] = np.float32(3 * global_norm(grads))
    theta = float(np.float32(ratio * global_norm(grads)))
    return data, grads, theta


def public_cases(rng):
    c = {}
    for prefix, ratio in (("big_", 0.3), ("small_", 1.5)):
        data, grads, theta = problem(rng, ratio)
        c[f"{prefix}theta"] = np.float32(theta)
        c[f"{prefix}norm"] = np.float64(global_norm(grads))
        for k, (d, g, out) in enumerate(zip(data, grads, clip_global_norm(grads, theta))):
            c[f"{prefix}data{k}"], c[f"{prefix}grad{k}"], c[f"{prefix}out{k}"] = d, g, out
        for mistake, wrong in variants(grads, theta).items():
            for k, w in enumerate(wrong):
                c[f"{prefix}{mistake}{k}"] = w
    return c
