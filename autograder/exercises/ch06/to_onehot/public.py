"""`to_onehot` (§6.4): what the student sees, the public checks and the named mistakes.

``to_onehot(X, size)`` turns a ``(batch_size, num_steps)`` array of indices into a list of
``num_steps`` arrays of shape ``(batch_size, size)``, one per time step. The list must stay
a list for one time step too (``predict_rnn`` feeds one step at a time).
"""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden

SECTION = "§6.4 循环神经网络的从零开始实现"
FORBIDDEN = Forbidden(funcs=("d2l.to_onehot",), what="d2l.to_onehot")


def one_step_array(got, X, size):
    """With one time step the result is one array: ``nd.split(..., num_outputs=1)`` returns
    the array itself, not a list."""
    batch_size, num_steps = np.shape(X)
    arr = as_array(got)
    if num_steps == 1 and arr is not None and arr.shape in ((batch_size, size),
                                                            (1, batch_size, size)):
        return (f"for X of shape {np.shape(X)} (one time step) the result is one "
                f"{describe(got)}, not a list of one array: nd.split(..., num_outputs=1) "
                "returns the array itself, not a list. Return a Python list of num_steps "
                "arrays for any number of steps, e.g. [nd.one_hot(x, size) for x in X.T]")
    return None


def one_array(got, X, size):
    """The result is one ``(num_steps, batch_size, size)`` array instead of a list."""
    batch_size, num_steps = np.shape(X)
    arr = as_array(got)
    if arr is not None and arr.shape == (num_steps, batch_size, size):
        return (f"the result is one array of shape {arr.shape}: return a list of "
                f"num_steps = {num_steps} arrays, one per time step")
    return None


def per_example(arrays, X, size):
    """The list holds one array per example (the rows of X) instead of one per time step."""
    batch_size, num_steps = np.shape(X)
    if batch_size != num_steps and len(arrays) == batch_size \
            and all(np.shape(a) == (num_steps, size) for a in arrays):
        return (f"for X of shape {np.shape(X)} (batch_size, num_steps) the list holds "
                f"{batch_size} arrays of shape {(num_steps, size)}, one per example: iterate "
                "over the time steps, the columns of X (for x in X.T)")
    return None


def steps(got, X, size, strict=True):
    """``(problem, arrays)``: the result as a list of NumPy arrays, one per step, or what is
    wrong with its structure. Unless ``strict``, one ``(num_steps, batch_size, size)`` array
    stands for the list (it iterates the same)."""
    batch_size, num_steps = np.shape(X)
    arr = as_array(got)
    if arr is not None:
        if arr.shape == (num_steps, batch_size, size) and not strict:
            return None, list(arr)
        problem = one_step_array(got, X, size) or one_array(got, X, size)
        return problem or (f"the result should be a list of {num_steps} arrays, got "
                           f"{describe(got)}"), None
    if not isinstance(got, (list, tuple)):
        return f"the result should be a list of {num_steps} arrays, got {describe(got)}", None
    arrays = [as_array(a) for a in got]
    if any(a is None for a in arrays):
        bad = next(a for a, b in zip(got, arrays) if b is None)
        return f"every item of the list should be an NDArray, got {describe(bad)}", None
    problem = per_example(arrays, X, size)
    if problem:
        return problem, None
    if len(arrays) != num_steps:
        return (f"for X of shape {np.shape(X)} (batch_size, num_steps) expected a list of "
                f"num_steps = {num_steps} arrays, got {len(arrays)}"), None
    for t, a in enumerate(arrays):
        if a.shape != (batch_size, size):
            return (f"item {t} has shape {a.shape}; each item should be (batch_size, size) = "
                    f"{(batch_size, size)}"), None
    return None, arrays


def reversed_steps(arrays, expected):
    """The steps come in reverse order."""
    if len(arrays) > 1 and all(np.array_equal(a, e) for a, e in zip(arrays[::-1], expected)) \
            and not all(np.array_equal(a, e) for a, e in zip(arrays, expected)):
        return "the steps come in reverse order: step t is column t of X"
    return None


def compare(arrays, expected):
    """The steps match the expected one-hot arrays. These hold only 0 and 1, which every
    sound answer gives exactly (float32 represents them), so 1e-6 absolute is no limit on
    rounding."""
    problem = reversed_steps(arrays, expected)
    if problem:
        return problem
    for t, (a, e) in enumerate(zip(arrays, expected)):
        problem = mismatch(a, e, 0, 1e-6, name=f"the one-hot array of step {t}")
        if problem:
            return problem
    return None


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _list(fn, cases):
    for key in ("X", "X1"):
        X = cases[key]
        problem, _ = steps(fn(_nd(X), 6), X, 6)
        if problem:
            return problem
    return None


def _values(fn, cases):
    X = cases["X"]
    problem, arrays = steps(fn(_nd(X), 6), X, 6, strict=False)
    return problem or compare(arrays, list(cases["out"]))


CHECKS = [
    ("a list of one (batch_size, size) array per time step, also for one step", _list),
    ("step t is nd.one_hot of column t of X", _values),
]


def to_onehot_stand_in(X, size):
    """A correct ``to_onehot`` for the checks of ``predict_rnn``: the ``d2l`` package's
    (which this exercise forbids)."""
    from d2l import rnn as d2l_rnn

    return d2l_rnn.to_onehot(X, size)


STAND_IN = to_onehot_stand_in
