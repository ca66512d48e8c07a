"""Hidden checks for `MyDense(units, in_units)` (§4.4): its parameters' names and shapes, and
relu(x W + b) with the student's parameter values (a weight in nn.Dense's layout is
transposed for this comparison, so that the layout costs only the first check). units and
in_units always differ, so the two layouts tell apart."""

import numpy as np
import pytest

from autograder.exercises.ch04._book import BookMyDense, fixed_rng
from autograder.exercises.ch04.MyDense import reference as ref
from autograder.exercises.ch05._blocks import Reference, expect_structure, params_of, run_block
from autograder.testing import as_numpy, fail, fail_if
from d2l.compare import mismatch
from d2l.selfcheck.blocks import ATOL, RTOL, named_variant, param_kind
from d2l.selfcheck.ch04.MyDense import public as ex

pytestmark = pytest.mark.exercise("MyDense")


def configs(rng):
    units = int(rng.integers(2, 7))
    in_units = units + int(rng.integers(1, 5))
    return [(fixed_rng("MyDense"), (3, 5)), (rng, (units, in_units))]


def run(student, r, args):
    X = r.normal(size=(int(r.integers(2, 5)), args[1])).astype("float32")
    return X, run_block(student, "MyDense", *args, X=X, seed=int(r.integers(1 << 30)))


@pytest.mark.points(1)
def test_params(student, rng):
    """two parameters made with self.params.get: weight (in_units, units), the book's
    layout, and bias (units,)."""
    for r, args in configs(rng):
        X, result = run(student, r, args)
        expect_structure(result, BookMyDense, args, X, f"MyDense{args}", ex.structure)


@pytest.mark.points(1)
def test_forward(student, rng):
    """with the same parameters it computes relu(nd.dot(x, weight) + bias)."""
    for r, args in configs(rng):
        X, result = run(student, r, args)
        units, in_units = args
        got = {param_kind(n): v for n, v in params_of(result)}
        weight, bias = got.get("weight"), got.get("bias")
        if weight is None or bias is None or len(got) != 2:
            fail_if(ex.structure(args, X.shape, [(n, v.shape) for n, v in params_of(result)],
                                 None, None))
            fail(f"MyDense{args} should have two parameters, weight and bias")
        if weight.shape == (units, in_units):
            weight = weight.T
        if weight.shape != (in_units, units) or bias.shape != (units,):
            fail(f"MyDense{args} has a weight of shape {weight.shape} and a bias of shape "
                 f"{bias.shape}; expected ({in_units}, {units}) and ({units},)")
        values = [weight, bias]
        expected = Reference(BookMyDense(*args), X).forward(values)
        problem = mismatch(result.value, expected, RTOL, ATOL, name=f"the output of MyDense{args}")
        out = as_numpy(result.value)
        if problem and out is not None and out.shape == expected.shape:
            wrong = {k: Reference(v(), X).forward(values) for k, v in ref.variants(*args).items()}
            fail_if(named_variant(out, wrong, ex.MISTAKES))
        fail_if(problem)
        assert np.isfinite(expected).all()
