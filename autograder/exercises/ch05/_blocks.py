"""Shared by the chapter-5 block exercises: the book's blocks as references, the recorded
public cases, and the hidden checks' comparison of a student's block with the book's.

A block check builds the student's block in the sandbox (``Student.block``: built,
initialized from a seed, run forward once), pairs its parameters with those of the book's
block (``d2l.selfcheck.blocks.match_params``: by position, else by kind and shape), loads the
same values into the book's block, and compares the outputs. The words of every message
come from ``d2l.selfcheck.blocks`` and the exercise's public module, which the public check
uses too.
"""

import functools

import numpy as np
from mxnet import autograd

from autograder.testing import as_numpy, fail_if
from d2l.compare import mismatch
from d2l.selfcheck.blocks import (
    ATOL,
    RTOL,
    match_params,
    named_variant,
    param_kind,
    params_problem,
    shape_problem,
)

from ._conv import F32, as_nd


class Reference:
    """The book's ``block`` with its deferred shapes resolved on the input ``X``: its
    parameters (``params``, ``[(name, shape)]`` in creation order), the shape of its output,
    and its output for given parameter values (``forward``)."""

    def __init__(self, block, X):
        self.block, self.X = block, as_nd(X)
        block.initialize(force_reinit=True)
        self.output_shape = block(self.X).shape
        self.params = [(name, p.shape) for name, p in block.collect_params().items()]

    def forward(self, values, train_mode=False):
        """The output with the parameters set to ``values`` (creation order);
        ``train_mode`` makes batch normalization use the batch's statistics."""
        for p, value in zip(self.block.collect_params().values(), values):
            p.set_data(as_nd(value))
        with autograd.record(train_mode=True) if train_mode else autograd.pause():
            return self.block(self.X).asnumpy()


def random_value(rng, name, shape):
    """A random parameter value: positive for variances, around 1 for scales."""
    if name.endswith("running_var") or name.endswith("gamma"):
        return rng.uniform(0.5, 1.5, size=shape).astype(F32)
    return (rng.normal(size=shape) * 0.5).astype(F32)


def record(rng, build, configs, variants=None):
    """The public cases of a block exercise: for each configuration ``(args, input shape,
    train_mode)`` of its public module, an input, random parameter values (in the book's
    creation order, named by kind), the book's output and the outputs of the named
    variants ``variants(*args)`` (``{key: builder}``) on them."""
    cases = {}
    for i, (args, shape, train_mode) in enumerate(configs):
        X = rng.normal(size=shape).astype(F32)
        reference = Reference(build(*args), X)
        values = [random_value(rng, name, pshape) for name, pshape in reference.params]
        cases[f"c{i}_X"] = X
        for j, ((name, _), value) in enumerate(zip(reference.params, values)):
            cases[f"c{i}_param{j:02d}_{param_kind(name)}"] = value
        cases[f"c{i}_out"] = reference.forward(values, train_mode)
        for key, variant in (variants(*args) if variants else {}).items():
            cases[f"c{i}_variant_{key}"] = Reference(variant(), X).forward(values, train_mode)
    return cases


# --- the hidden checks ---------------------------------------------------------------------


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


def shapes_of(result):
    return [(name, value.shape) for name, value in params_of(result)]


@functools.lru_cache(maxsize=16)
def _reference(build, args, shape, data):
    return Reference(build(*args), np.frombuffer(data, dtype=F32).reshape(shape))


def book(build, args, X):
    """The book's block ``build(*args)`` on the input ``X`` (built once per check)."""
    X = np.ascontiguousarray(X, dtype=F32)
    return _reference(build, tuple(args), X.shape, X.tobytes())


def _structure(structure, result, args, X, reference):
    if structure is None:
        return None
    out = as_numpy(result.value)
    return structure(args, X.shape, shapes_of(result), None if out is None else out.shape,
                     reference.params)


def paired(result, reference, what, structure=None, args=(), X=None):
    """The student's parameter values in the order of the book's block's, or fail (naming
    the mistake with the exercise's ``structure`` diagnosis when it can)."""
    got = params_of(result)
    order, problem = match_params([(name, value.shape) for name, value in got],
                                  reference.params)
    if problem:
        fail_if(_structure(structure, result, args, X, reference))
        fail_if(f"{what}: {problem}")
    return [got[i][1] for i in order]


def expect_structure(result, build, args, X, what, structure=None, shape=True, params=True):
    """The output's shape and the parameters against the book's block; when one is wrong,
    the exercise's ``structure`` diagnosis names the mistake if it can."""
    reference = book(build, args, X)
    problem = ((shape and shape_problem(what, result.value, X.shape, reference.output_shape))
               or (params and params_problem(what, shapes_of(result), reference.params)))
    if problem:
        fail_if(_structure(structure, result, args, X, reference))
        fail_if(problem)


def expect_forward(result, build, args, X, what, train_mode=False, variants=None,
                   mistakes=None, output=None, structure=None):
    """With the student's parameter values loaded into the book's block, both give the
    same output. ``variants``: ``{key: builder}`` of the named mistakes ``mistakes``, each
    a block of the same parameters that computes the wrong thing; ``output(args, out,
    expected)``: the exercise's diagnosis from the output alone (both are tried only when
    the output is wrong); ``structure``: its diagnosis of parameters that do not pair."""
    reference = book(build, args, X)
    values = paired(result, reference, what, structure, args, X)
    expected = reference.forward(values, train_mode)
    mode = " in training mode" if train_mode else ""
    problem = mismatch(result.value, expected, RTOL, ATOL, name=f"the output of {what}{mode}")
    out = as_numpy(result.value)
    if problem and out is not None and out.shape == expected.shape:
        wrong = {key: Reference(variant(), X).forward(values, train_mode)
                 for key, variant in (variants or {}).items()}
        fail_if(named_variant(out, wrong, mistakes or {})
                or (output and output(args, out, expected)))
    fail_if(problem)


__all__ = ["Reference", "book", "expect_forward", "expect_structure", "paired", "params_of",
           "random_value", "record", "run_block", "shapes_of"]
