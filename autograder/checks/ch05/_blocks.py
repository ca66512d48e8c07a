"""Shared by the chapter-5 checks: run the student's Gluon blocks and compare them with the
book's.

A block check builds the student's block in the sandbox (``Student.block``: built,
initialized from a seed, run forward once), pairs its parameters with those of the book's
block (``d2l.selfcheck.ch05.match_params``: by position, else by kind and shape), loads the
same values into the book's block, and compares the outputs.
"""

import functools

import numpy as np

from autograder.references import ch05 as ref
from autograder.testing import as_numpy, expect, expect_close, fail
from d2l.selfcheck.ch05 import match_params

#: Errors any block can raise, and what usually causes them.
BLOCK_HINTS = [
    ("initialization was deferred",
     "A layer is created in __init__ but never used in forward (so its shape is never "
     "known): use it, or do not create it"),
    ("should build a Gluon Block", "Return the block (an nn.Sequential or an instance of "
                                   "your class), not initialized"),
    ("has not been initialized", "Gluon registers a layer only when it is assigned to an "
                                 "attribute of the block or added to an nn.Sequential; "
                                 "layers kept in a Python list or dict are invisible to "
                                 "initialize()"),
]


def run_block(student, target, *args, X, stand_ins=None, train_mode=False, grad=False,
              head_grad=None, seed=0):
    """Build ``target(*args)`` in the sandbox, initialize it (seeded), run it on ``X``.

    Returns the :class:`~autograder.checking.CallResult` (``value``: the output; ``params``:
    ``(name, value)`` pairs in creation order). ``stand_ins`` replaces the student's helpers
    with correct ones while the block is built and run.
    """
    return student.block(target, *args, input=X, grad=grad, head_grad=head_grad,
                         train_mode=train_mode, seed=seed, stand_ins=stand_ins)


def params_of(result):
    """The block's parameters as ``[(name, NumPy array)]``."""
    return [(str(name), as_numpy(value)) for name, value in result.params]


@functools.lru_cache(maxsize=16)
def _reference(build, args, shape, data):
    return ref.Reference(build(*args), np.frombuffer(data, dtype="float32").reshape(shape))


def book(build, args, X):
    """The book's block ``build(*args)`` on the input ``X`` (built once per check)."""
    X = np.ascontiguousarray(X, dtype="float32")
    return _reference(build, tuple(args), X.shape, X.tobytes())


def paired(got, expected_params, what):
    """The student's parameter values in the order of ``expected_params``, or fail."""
    order, problem = match_params([(name, value.shape) for name, value in got], expected_params)
    if problem:
        fail(f"{what}: {problem}")
    return [got[i][1] for i in order]


def expect_params(result, build, args, X, what, diagnose=None):
    """The block's parameters match the book's block in number, kinds and shapes."""
    got = params_of(result)
    expected = book(build, args, X).params
    order, problem = match_params([(name, value.shape) for name, value in got], expected)
    if problem and diagnose is not None:
        diagnose(got, expected)
    if problem:
        fail(f"{what}: {problem}")
    return [got[i][1] for i in order]


def expect_shape(result, build, args, X, what):
    """The block's output has the shape of the book's block's output."""
    expected = book(build, args, X).output_shape
    out = as_numpy(result.value)
    expect(out is not None, f"{what} should return an NDArray, got {type(result.value).__name__}")
    expect(out.shape == expected,
           f"{what} gives an output of shape {out.shape} for an input of shape {X.shape}; "
           f"the book's block gives {expected}")


def expect_forward(result, build, args, X, what, train_mode=False, variants=None,
                   rtol=1e-4, atol=1e-5):
    """With the student's parameter values loaded into the book's block, both give the
    same output. ``variants``: ``{message: builder}`` of named mistakes, each a block of the
    same parameters that computes the wrong thing (tried only when the output is wrong)."""
    reference = book(build, args, X)
    values = paired(params_of(result), reference.params, what)
    expected = reference.forward(values, train_mode)
    out = as_numpy(result.value)
    if (out is not None and out.shape == expected.shape
            and not np.allclose(out, expected, rtol=rtol, atol=atol)):
        for message, variant in (variants or {}).items():
            wrong = ref.Reference(variant(), X).forward(values, train_mode)
            if wrong.shape == out.shape and np.allclose(out, wrong, rtol=rtol, atol=atol):
                fail(message)
    mode = " in training mode" if train_mode else ""
    expect_close(result.value, expected, f"the output of {what}{mode}", rtol=rtol, atol=atol)


__all__ = ["BLOCK_HINTS", "book", "expect_forward", "expect_params", "expect_shape", "paired",
           "params_of", "run_block"]
