"""`one_hot(indices, depth)` (§2.2): one-hot vectors by broadcasting a comparison, without
nd.one_hot; the public check and the named mistakes.

``out[..., j] = 1 where indices[...] == j, else 0`` for j in 0 .. depth - 1: shape
``indices.shape + (depth,)``, dtype float32, as ``nd.one_hot(indices, depth)``."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden

SECTION = "§2.2 数据操作"
FORBIDDEN = Forbidden(ops={"one_hot"}, what="nd.one_hot")
HINTS = [("could not be broadcast",
          "compare an array of shape indices.shape + (1,) (indices.expand_dims(-1)) with "
          "nd.arange(depth), of shape (depth,): they broadcast to indices.shape + (depth,)")]


def exact(indices, depth):
    idx = np.asarray(indices)
    return (idx[..., None] == np.arange(depth)).astype("float32")


def diagnose(got, indices, depth):
    """A named mistake in ``got`` = one_hot(indices, depth), or None."""
    arr = as_array(got)
    if arr is None:
        return None
    idx = np.asarray(indices)
    shape = idx.shape + (depth,)
    if arr.shape == (depth,) + idx.shape and depth != idx.size:
        return (f"the result has shape {arr.shape}, expected {shape}: one row per index and "
                "one column per class (depth goes last), as nd.one_hot")
    inferred = int(idx.max()) + 1
    if arr.shape == idx.shape + (inferred,) and inferred != depth:
        return (f"the result has {inferred} columns (indices.max() + 1) instead of depth = "
                f"{depth}: use the depth argument, a class may not occur among the indices")
    return None


def wrong_type(got):
    """Not a float32 NDArray."""
    if type(got).__name__ not in ("NDArray", "NDArrayValue"):
        return (f"one_hot returned {describe(got)}: return an NDArray (work with NDArray "
                "operations such as ==, expand_dims and nd.arange)")
    arr = as_array(got)
    if arr.dtype != np.float32:
        return (f"one_hot returned dtype {arr.dtype}, but nd.one_hot gives float32: make it "
                "float32, e.g. .astype('float32')")
    return None


def _check(fn, indices, depth, name):
    got = fn(nd.array(indices), depth)
    return (diagnose(got, indices, depth)
            or mismatch(got, exact(indices, depth), 0, 0, name=name))


def _example(fn, cases):
    return _check(fn, np.array([0, 2, 1]), 4, "one_hot(nd.array([0, 2, 1]), 4)")


def _recorded(fn, cases):
    idx, depth = cases["indices"], int(cases["depth"])
    problem = _check(fn, idx, depth, f"one_hot of recorded indices with depth {depth}")
    return problem or wrong_type(fn(nd.array(idx), depth))


def _two_d(fn, cases):
    idx = np.array([[0, 3], [2, 1]])
    return (_check(fn, idx, 4, "one_hot(nd.array([[0, 3], [2, 1]]), 4)")
            or wrong_type(fn(nd.array(idx), 4)))


CHECKS = [
    ("the worked example one_hot(nd.array([0, 2, 1]), 4)", _example),
    ("matches nd.one_hot on recorded indices, float32 NDArray", _recorded),
    ("2-D indices give shape indices.shape + (depth,)", _two_d),
]
