"""`train_batch(X, y, device_params, ctx, lr)` (§8.4): one minibatch step of data-parallel
training from scratch. The key property: one step on two devices gives the same
parameters as one step on one device with the whole batch.

The checks judge ``train_batch`` alone: while they run, the notebook's ``split_and_load``,
``allreduce``, ``lenet`` and ``loss`` are the grader's correct ones (the book's).
"""

import numpy as np

from d2l.compare import mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch08 import numpy_of, other_probes
from d2l.selfcheck.ch08.allreduce.public import KVSTORE
from d2l.selfcheck.ch08.split_and_load.public import devices

SECTION = "§8.4 多GPU计算"
FORBIDDEN = Forbidden(funcs=(*other_probes("train_batch"), "mxnet.gluon.utils.split_and_load",
                             "mxnet.gluon.utils.split_data", *KVSTORE,
                             "mxnet.gluon.trainer.Trainer.step",
                             "mxnet.gluon.trainer.Trainer.update"),
                      what="gluon.utils.split_and_load, kvstore or gluon.Trainer")
HELPERS = ("probe", "lenet", "loss")
#: The notebook's helpers replaced by the grader's while the checks run (the public check
#: replaces the exercises; the hidden checks also the given model and loss).
STAND_INS = {"split_and_load": "split_and_load", "allreduce": "allreduce"}
CHECK_STAND_INS = {**STAND_INS, "lenet": "train_batch.lenet", "loss": "train_batch.loss"}
RTOL, ATOL = 1e-4, 1e-6

#: The book's LeNet parameter shapes (§8.4), for 1 x 28 x 28 images and 10 classes.
SHAPES = [(20, 1, 3, 3), (20,), (50, 20, 5, 5), (50,), (800, 128), (128,), (128, 10), (10,)]


def lenet(X, params):
    """The book's LeNet of §8.4 (average pooling), from MXNet operators."""
    from mxnet import nd

    h1 = nd.Pooling(nd.relu(nd.Convolution(data=X, weight=params[0], bias=params[1],
                                           kernel=(3, 3), num_filter=20)),
                    pool_type="avg", kernel=(2, 2), stride=(2, 2))
    h2 = nd.Pooling(nd.relu(nd.Convolution(data=h1, weight=params[2], bias=params[3],
                                           kernel=(5, 5), num_filter=50)),
                    pool_type="avg", kernel=(2, 2), stride=(2, 2))
    h3 = nd.relu(nd.dot(nd.flatten(h2), params[4]) + params[5])
    return nd.dot(h3, params[6]) + params[7]


def __getattr__(name):
    # The book's loss, made on first use (a Gluon block, so not at import)
    if name == "loss":
        from mxnet.gluon import loss as gloss

        globals()["loss"] = gloss.SoftmaxCrossEntropyLoss()
        return globals()["loss"]
    raise AttributeError(name)


def probe(train_batch, X, y, values, names, lr):
    """One ``train_batch`` step with copies of the parameters ``values`` on each named
    device: the parameters on every device afterwards."""
    from mxnet import nd

    ctx = devices(names)
    device_params = []
    for c in ctx:
        params = [nd.array(v, ctx=c) for v in values]
        for p in params:
            p.attach_grad()
        device_params.append(params)
    kept = [list(params) for params in device_params]  # the arrays, whatever the lists hold later
    train_batch(nd.array(X), nd.array(y), device_params, ctx, float(lr))
    return [list(params) for params in kept]


def agree_problem(got, start, names, what):
    """After one step on the devices ``names`` (``got[device][param]``) a device was not
    updated, or the devices disagree (their gradients were not summed)."""
    k = len(names)
    if len(got) != k or any(len(g) != len(start) for g in got):
        return f"{what} should leave {len(start)} parameters on each of the {k} devices"
    for d in range(k):
        if all(mismatch(g, s, 0, 0) is None for g, s in zip(got[d], start)):
            return (f"the parameters on device {d} ({names[d]}) did not change: update the "
                    "copy on every device")
    for d in range(1, k):
        if any(mismatch(g, h, 1e-5, 1e-6) is not None for g, h in zip(got[d], got[0])):
            return (f"after the step the parameters on {names[d]} differ from those on "
                    f"{names[0]}: every device computed gradients on its part of the batch only. "
                    "Sum each parameter's gradients over the devices (allreduce) before the "
                    "update, so that every copy takes the same step")
    return None


def step_problem(got, start, expected, names, what, batch=None):
    """The parameters after one step are not those of one step on the whole batch: see
    ``agree_problem``, or a step scaled by the number of devices (the gradients divided by
    the per-device batch size), or by the batch size ``batch`` (not divided by it)."""
    problem = agree_problem(got, start, names, what)
    if problem:
        return problem
    k = len(names)
    step = np.concatenate([(np.asarray(g, np.float64) - s).ravel() for g, s in zip(got[0], start)])
    want = np.concatenate([(np.asarray(e, np.float64) - s).ravel()
                           for e, s in zip(expected, start)])
    scale = float(step @ want / max(want @ want, 1e-30))
    if k > 1 and abs(scale - k) < 0.05 * k:
        return (f"the step is {k} times too long: the gradients summed over the {k} devices "
                "belong to the whole batch, so divide by the whole batch size X.shape[0], not "
                "by the number of examples on one device")
    if batch and batch > k and abs(scale - batch) < 0.05 * batch:
        return (f"the step is {batch} times too long, the batch size: the gradients summed over "
                "the devices are the whole batch's sum, so divide them by the batch size "
                "X.shape[0] (d2l.sgd(params, lr, X.shape[0]), trainer.step(X.shape[0]))")
    if k > 1 and abs(scale - 1 / k) < 0.05 / k:
        return (f"the step is {k} times too short: divide the summed gradients by the batch "
                "size once (X.shape[0]), not also by the number of devices")
    return None


def _step(fn, cases):
    names = ["cpu(0)", "cpu(1)"]
    start = [cases[f"param{i}"] for i in range(len(SHAPES))]
    expected = [cases[f"expected{i}"] for i in range(len(SHAPES))]
    got = numpy_of(probe(fn, cases["X"], cases["y"], start, names, float(cases["lr"])))
    problem = step_problem(got, start, expected, names, "train_batch", len(cases["X"]))
    if problem:
        return problem
    for d, params in enumerate(got):
        for i, (g, e) in enumerate(zip(params, expected)):
            problem = mismatch(g, e, RTOL, ATOL, name=f"parameter {i} on {names[d]}")
            if problem:
                return problem
    return None


CHECKS = [("one step on cpu(0) and cpu(1) = one step on one device with the whole batch",
           _step)]
