"""Hidden checks for `shared_net()` (§4.2) against the book's network: its parameters (six
arrays, the shared layer's counted once), and its output and parameter gradients with the
student's parameter values copied in; the shared weight's gradient is the sum over its two
uses, which Gluon accumulates because both layers hold one Parameter."""

import pytest
from mxnet import autograd, nd

from autograder.exercises.ch04._book import book_shared_net, fixed_rng
from autograder.exercises.ch04.shared_net import reference as ref
from autograder.exercises.ch05._blocks import (
    book,
    expect_forward,
    expect_structure,
    paired,
    run_block,
    shapes_of,
)
from autograder.testing import expect_close
from d2l.selfcheck.blocks import match_params
from d2l.selfcheck.ch04.shared_net import public as ex

pytestmark = pytest.mark.exercise("shared_net")


def inputs(rng):
    return [fixed_rng("shared_net").normal(size=(2, 20)).astype("float32"),
            rng.normal(size=(int(rng.integers(3, 6)), 20)).astype("float32")]


@pytest.mark.points(1)
def test_shared(student, rng):
    """Dense(8), the shared Dense(8) used twice (params=shared.params), Dense(10): six
    parameter arrays, the book's shapes."""
    for X in inputs(rng):
        result = run_block(student, "shared_net", X=X, seed=int(rng.integers(1 << 30)))
        expect_structure(result, book_shared_net, (), X, "shared_net()", ex.structure)


@pytest.mark.points(1)
def test_gradient(student, rng):
    """with the same parameters the output is the book's, and so is every parameter's
    gradient: the shared weight's is the sum over both uses."""
    for X in inputs(rng):
        head = rng.normal(size=(X.shape[0], 10)).astype("float32")
        result = run_block(student, "shared_net", X=X, seed=int(rng.integers(1 << 30)),
                           grad=True, head_grad=head)
        expect_forward(result, book_shared_net, (), X, "shared_net()",
                       variants=ref.variants(), mistakes=ex.MISTAKES, structure=ex.structure)
        reference = book(book_shared_net, (), X)
        values = paired(result, reference, "shared_net()", ex.structure, (), X)
        net = reference.block
        params = list(net.collect_params().values())
        for p, v in zip(params, values):
            p.set_data(nd.array(v))
        x = nd.array(X)
        with autograd.record():
            y = net(x)
        y.backward(nd.array(head))
        grads = list(result.param_grads)
        order, _ = match_params(shapes_of(result), reference.params)
        for i, p in zip(order, params):
            expect_close(grads[i] if i < len(grads) else None, p.grad().asnumpy(),
                         f"the gradient of {result.params[i][0]}", 1e-4, 1e-5)
