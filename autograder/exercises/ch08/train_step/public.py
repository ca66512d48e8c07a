"""`train_step(net, trainer, X, y, ctx, loss)` (§8.5): one minibatch step of data-parallel
training with Gluon: the batch split over the devices, a loss and a backward pass on each,
then ``trainer.step``, which sums the gradients over the devices. As in §8.4, one step on
two devices must give the parameters of one step on one device with the whole batch."""

from d2l.registry import Forbidden
from d2l.selfcheck.ch08 import numpy_of, other_probes
from d2l.selfcheck.ch08.split_and_load.public import devices
from d2l.selfcheck.ch08.train_batch.public import agree_problem, step_problem

FORBIDDEN = Forbidden(funcs=other_probes("train_step"))
SECTION = "§8.5 多GPU计算的简洁实现"
HELPERS = ("probe", "build")
RTOL, ATOL = 1e-4, 1e-6
HINT = "trainer.step(batch_size) sums the gradients of every device's copy for you"


def build(d_in, hidden, classes):
    """The small network the checks train: Dense(hidden, relu) then Dense(classes)."""
    from mxnet.gluon import nn

    net = nn.HybridSequential()
    net.add(nn.Dense(hidden, activation="relu", in_units=d_in), nn.Dense(classes, in_units=hidden))
    return net


def probe(train_step, X, y, values, names, lr):
    """One ``train_step`` on a network initialized with ``values`` on each named device and
    a Trainer ('sgd', learning rate ``lr``): the parameters on every device afterwards."""
    from mxnet import gluon, nd
    from mxnet.gluon import loss as gloss

    ctx = devices(names)
    shapes = [v.shape for v in values]
    net = build(shapes[0][1], shapes[0][0], shapes[2][0])
    net.initialize(ctx=ctx)
    params = list(net.collect_params().values())
    for p, v in zip(params, values):
        p.set_data(nd.array(v))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": float(lr)})
    train_step(net, trainer, nd.array(X), nd.array(y), ctx, gloss.SoftmaxCrossEntropyLoss())
    return [[p.data(c) for p in params] for c in ctx]


def _step(fn, cases):
    from d2l.compare import mismatch

    names = ["cpu(0)", "cpu(1)"]
    start = [cases[f"param{i}"] for i in range(4)]
    expected = [cases[f"expected{i}"] for i in range(4)]
    got = numpy_of(probe(fn, cases["X"], cases["y"], start, names, float(cases["lr"])))
    problem = step_problem(got, start, expected, names, "train_step", len(cases["X"]))
    if problem:
        return f"{problem}. {HINT}"
    for d, params in enumerate(got):
        for i, (g, e) in enumerate(zip(params, expected)):
            problem = mismatch(g, e, RTOL, ATOL, name=f"parameter {i} on {names[d]}")
            if problem:
                return problem
    return None


__all__ = ["agree_problem", "step_problem"]
CHECKS = [("one step on cpu(0) and cpu(1) = one step on one device with the whole batch",
           _step)]
