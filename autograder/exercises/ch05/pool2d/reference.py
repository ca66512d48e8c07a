"""Reference `pool2d`: ``nd.Pooling`` on a 2-D array, and the named mistakes' outputs."""

import numpy as np
from mxnet import nd

from autograder.exercises.ch05._conv import as_nd, normal
from d2l.selfcheck.ch05.pool2d import public as ex

__all__ = ["pool2d", "public_cases", "variants"]


def pool2d(X, pool_size, mode="max", padding=(0, 0), stride=(1, 1), count_include_pad=True):
    """``nd.Pooling`` on a 2-D ``X`` (its defaults: stride 1, no padding; average pooling
    divides by the whole window, padding included)."""
    kwargs = {"count_include_pad": count_include_pad} if mode == "avg" else {}
    out = nd.Pooling(as_nd(X)[None, None], kernel=tuple(pool_size), pool_type=mode,
                     pad=tuple(padding), stride=tuple(stride), **kwargs)
    return out.asnumpy()[0, 0]


def variants(X, pool_size, mode, padding=None, stride=None):
    """The outputs of the named mistakes that a call with these arguments can show."""
    out = {}
    for key in ex.variant_keys(mode, padding, stride):
        zero_pad, size, how, pad, step, include = ex.variant_args(key, pool_size, mode,
                                                                  padding, stride)
        data = np.pad(X, [(p, p) for p in padding]) if zero_pad else X
        out[key] = pool2d(data, size, how, pad, step, include)
    return out


def public_cases(rng):
    X = normal(rng, 5, 6) - 3  # mostly negative, so max pooling's padding rule matters
    cases = {"X": X}
    for group, calls in ex.CALLS.items():
        for i, (pool_size, mode, padding, stride) in enumerate(calls):
            prefix = f"{group}{i}_"
            cases[prefix + "out"] = pool2d(X, pool_size, mode, padding or (0, 0),
                                           stride or (1, 1))
            for key, value in variants(X, pool_size, mode, padding, stride).items():
                cases[f"{prefix}variant_{key}"] = value
    return cases
