"""`pool2d` (§5.4): the public checks and the named mistakes.

A named mistake is a variant of ``nd.Pooling`` (the stride defaulting to the pool size,
padding or stride ignored, max pooling over zero padding, average pooling that divides by
the real cells only, the other mode); the public check reads the variants' outputs from
the recorded cases, the grader computes them with ``nd.Pooling``.
"""

import numpy as np
from mxnet import nd

from d2l.compare import EPS32, as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§5.4 池化层"
FORBIDDEN = Forbidden(ops={"Pooling", "AdaptiveAvgPooling2D", "ROIPooling", "PSROIPooling",
                           "DeformablePSROIPooling"},
                      what="nd.Pooling / nn.MaxPool2D / nn.AvgPool2D (a pooling operator)")
HINTS = [("unexpected keyword argument", "pool2d's signature is pool2d(X, pool_size, "
                                         "mode='max', padding=(0, 0), stride=(1, 1))")]


def pool_tol(X, pool_size):
    """``(rtol, atol)`` for pooling ``X`` in float32: a maximum is exact, a mean of m =
    p_h * p_w values summed in any order is off by less than m * m * eps * max|X|."""
    X = np.asarray(as_array(X))
    m = int(np.prod(pool_size))
    return 1e-5, 1e-6 + m * m * EPS32 * (float(np.max(np.abs(X))) if X.size else 0.0)


def describe_call(pool_size, mode, padding, stride):
    text = f"pool2d(X, {tuple(pool_size)}, '{mode}'"
    if padding is not None:
        text += f", padding={tuple(padding)}"
    if stride is not None:
        text += f", stride={tuple(stride)}"
    return text + ")"


def variant_keys(mode, padding, stride):
    """The named mistakes a call can show: keys of the variants to compute for it."""
    pad, step = tuple(padding or (0, 0)), tuple(stride or (1, 1))
    keys = ["other_mode"]
    if stride is None:
        keys.append("by_pool")
    if padding is not None and pad != (0, 0):
        keys.append("no_padding")
        keys.append("zero_padded" if mode == "max" else "excluded")
    if stride is not None and step != (1, 1):
        keys.append("no_stride")
    if "no_padding" in keys and "no_stride" in keys:
        keys.append("neither")
    return keys


def variant_args(key, pool_size, mode, padding, stride):
    """``(X padded with zeros?, pool_size, mode, pad, stride, count_include_pad)`` of the
    pooling that gives the variant ``key``."""
    pad, step = tuple(padding or (0, 0)), tuple(stride or (1, 1))
    other = "avg" if mode == "max" else "max"
    return {"other_mode": (False, pool_size, other, pad, step, True),
            "by_pool": (False, pool_size, mode, pad, tuple(pool_size), True),
            "no_padding": (False, pool_size, mode, (0, 0), step, True),
            "no_stride": (False, pool_size, mode, pad, (1, 1), True),
            "neither": (False, pool_size, mode, (0, 0), (1, 1), True),
            "zero_padded": (True, pool_size, "max", (0, 0), step, True),
            "excluded": (False, pool_size, "avg", pad, step, False)}[key]


def diagnose(got, expected, variants, pool_size, mode, padding, stride, tol):
    """Name a mistake of ``got = pool2d(X, pool_size, mode, [padding], [stride])``;
    ``variants``: the outputs of the named mistakes of :func:`variant_keys`."""
    arr = as_array(got)
    if arr is None:
        return None
    expected = np.asarray(expected)
    pad, step = tuple(padding or (0, 0)), tuple(stride or (1, 1))
    call = describe_call(pool_size, mode, padding, stride)

    def same(key):
        wrong = variants.get(key)
        return (wrong is not None and arr.shape == np.shape(wrong)
                and np.allclose(arr, wrong, *tol))

    if "by_pool" in variants and np.shape(variants["by_pool"]) != expected.shape and same(
            "by_pool"):
        return (f"{call} moved the window by the pool size: wrong stride default. "
                "nd.Pooling and the book's pool2d move it by 1 (stride=(1, 1)); only "
                "Gluon's nn.MaxPool2D and nn.AvgPool2D default strides to the pool size")
    if arr.shape != expected.shape:
        todo = {}
        if "no_padding" in variants:
            todo["the padding"] = (f"add {pad[0]} rows at the top and at the bottom and "
                                   f"{pad[1]} columns on the left and on the right")
        if "no_stride" in variants:
            todo["the stride"] = (f"move the window {step[0]} rows down and {step[1]} "
                                  "columns right at a time")
        for key, names in (("no_padding", ["the padding"]), ("no_stride", ["the stride"]),
                           ("neither", ["the padding", "the stride"])):
            if key in variants and arr.shape == np.shape(variants[key]):
                return (f"{call} gave shape {arr.shape}, as if {' and '.join(names)} had "
                        f"been ignored: {'; '.join(todo[name] for name in names)}")
        return None
    if np.allclose(arr, expected, *tol):
        return None
    if same("zero_padded"):
        return (f"{call}: the padding was filled with zeros, which win the maximum when the "
                "values nearby are negative. Padded cells must never win a maximum "
                "(pad with -inf for max pooling)")
    if same("excluded"):
        return (f"{call}: each window was divided by the number of real cells in it; "
                "nd.Pooling (count_include_pad=True) counts padded cells as zeros and "
                "divides by the whole window, p_h * p_w")
    if same("other_mode"):
        took = "the maximum" if mode == "avg" else "the mean"
        wanted = "the mean" if mode == "avg" else "the maximum"
        return f"{call} took {took}: mode '{mode}' takes {wanted} of each window"
    return None


# --- the public checks -------------------------------------------------------------------

#: The recorded calls: (pool_size, mode, padding, stride); None leaves the default.
CALLS = {
    "defaults": [((2, 3), "max", None, None), ((2, 3), "avg", None, None)],
    "padded": [((3, 2), "max", (1, 1), (2, 2)), ((3, 2), "avg", (1, 1), (2, 2))],
}


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _calls(group):
    def run(fn, cases):
        X = cases["X"]
        for i, (pool_size, mode, padding, stride) in enumerate(CALLS[group]):
            kwargs = {k: v for k, v in (("padding", padding), ("stride", stride))
                      if v is not None}
            got = fn(_nd(X), pool_size, mode, **kwargs)
            prefix = f"{group}{i}_"
            expected = cases[prefix + "out"]
            variants = {k[len(prefix) + len("variant_"):]: cases[k] for k in cases
                        if k.startswith(prefix + "variant_")}
            tol = pool_tol(X, pool_size)
            problem = (diagnose(got, expected, variants, pool_size, mode, padding, stride, tol)
                       or mismatch(got, expected, *tol,
                                   name=describe_call(pool_size, mode, padding, stride)))
            if problem:
                return problem
        return None
    return run


CHECKS = [
    ("max and avg match nd.Pooling with its defaults (stride 1)", _calls("defaults")),
    ("padding and stride match nd.Pooling", _calls("padded")),
]
