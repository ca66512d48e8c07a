"""Hidden checks for chapter 7's `sgd(params, states, hyperparams)` (§7.3) against MXNet's
SGD optimizer, step by step. The loss is averaged over the minibatch, so there is no batch
size to divide by."""

import pytest

from autograder.references import ch07 as ref

from . import steps

pytestmark = pytest.mark.exercise("sgd")

HINTS = [*steps.HINTS,
         ("NoneType", "chapter 7's sgd(params, states, hyperparams) reads the learning "
                      "rate from hyperparams['lr'] (states is None); chapter 3's "
                      "sgd(params, lr, batch_size) had another signature"),
         ("too many values to unpack", "params may hold any number of parameters: loop "
                                       "over them, for p in params"),
         ("name 'batch_size' is not defined", "train_ch7 averages the loss over the minibatch, "
                                              "so the gradient needs no division by the "
                                              "batch size")]


def check(student, rng, shapes, num_steps):
    params = steps.arrays(rng, shapes)
    grads = steps.gradients(rng, shapes, num_steps)
    lr = float(rng.uniform(0.05, 0.3))
    got = steps.run(student, "sgd", params, grads, None, {"lr": lr}, parts=0).params

    def model(sign=1, rate=lr):
        return steps.simulate(lambda ps, gs, st, hp: ([p - sign * rate * g
                                                       for p, g in zip(ps, gs)], st),
                              params, grads, None, {})[0]

    steps.name_mistake(got, model(), [
        ("the step goes uphill: subtract lr * p.grad", model(sign=-1)),
        ("the learning rate is missing: the step is hyperparams['lr'] * p.grad", model(rate=1)),
        ("the learning rate is applied twice", model(rate=lr * lr)),
    ], rtol=1e-5, atol=1e-6)
    steps.expect_steps(got, ref.sgd(params, grads, lr), "parameter", rtol=1e-5, atol=1e-6)


@pytest.mark.points(0.5)
def test_matches_mxnet(student, rng):
    """updates w and b in place like MXNet's SGD over two steps, with lr from hyperparams."""
    check(student, rng, [(5, 1), (1,)], num_steps=2)


@pytest.mark.points(0.5)
def test_every_parameter(student, rng):
    """updates every parameter in params, whatever their number and shapes."""
    check(student, rng, [(4, 3), (3,), (2, 2)], num_steps=1)
