"""Public checks for chapter 5 (卷积神经网络), on the recorded cases in ``ch05.npz``.

Each check takes the student's object and the recorded cases and returns None when it
passes, or a message saying what is wrong. Blocks are compared with the book's blocks by
loading recorded parameter values into them; ``match_params`` pairs the two sets of
parameters (the grader uses it too).
"""

from collections import Counter

import numpy as np
from mxnet import autograd, gluon, nd

from ..compare import describe, mismatch

KINDS = ("running_mean", "running_var", "weight", "bias", "gamma", "beta")


def param_kind(name):
    """What a Gluon parameter is, from its name: weight, bias, gamma, running_mean, ..."""
    for kind in KINDS:
        if name.endswith(kind):
            return kind
    return name.rsplit("_", 1)[-1]


def _label(name, shape):
    return f"{param_kind(name)} {tuple(shape)}"


def match_params(got, expected):
    """Pair a block's parameters with a reference block's.

    ``got`` and ``expected`` are lists of ``(name, shape)`` in creation order (a shape of
    None: the parameter was never used). Parameters pair up in order when the shapes agree
    in order; otherwise by kind and shape, so the block may create its layers in another
    order. Returns ``(indices into got, one per expected parameter, None)`` or ``(None,
    message)``.
    """
    got_shapes = [None if s is None else tuple(s) for _, s in got]
    if got_shapes == [tuple(s) for _, s in expected]:
        return list(range(len(got))), None
    unused = [name for name, s in got if s is None]
    if unused:
        return None, (f"the parameter {unused[0]} is created but never used in forward "
                      "(remove it, or use it)")
    pools = {}
    for i, (name, shape) in enumerate(got):
        pools.setdefault((param_kind(name), tuple(shape)), []).append(i)
    order = []
    for name, shape in expected:
        pool = pools.get((param_kind(name), tuple(shape)))
        if not pool:
            break
        order.append(pool.pop(0))
    if len(order) == len(expected) == len(got):
        return order, None
    return None, describe_difference(got, expected)


def describe_difference(got, expected):
    """How two parameter lists differ, for messages."""
    def count(params):
        return sum(int(np.prod(s)) for _, s in params)

    have = Counter(_label(n, s) for n, s in got)
    want = Counter(_label(n, s) for n, s in expected)
    missing = list((want - have).elements())[:4]
    extra = list((have - want).elements())[:4]
    text = (f"its parameters differ from the book's: {len(got)} arrays holding {count(got)} "
            f"numbers, expected {len(expected)} holding {count(expected)}")
    if missing:
        text += "; missing " + ", ".join(missing)
    if extra:
        text += "; unexpected " + ", ".join(extra)
    return text


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _recorded(name, *inputs, out="out", rtol=1e-5, atol=1e-5):
    def run(fn, cases):
        args = [_nd(cases[f"{name}/{k}"]) for k in inputs]
        return mismatch(fn(*args), cases[f"{name}/{out}"], rtol, atol, name=f"{name}(...)")
    return run


def _corr2d_grad(fn, cases):
    X, K = _nd(cases["corr2d/X"]), _nd(cases["corr2d/K"])
    X.attach_grad()
    K.attach_grad()
    try:
        with autograd.record():
            Y = fn(X, K)
    except Exception as exc:  # the book's item assignment: name it
        if "Inplace operations" in str(exc):
            return ("autograd cannot record item assignment (Y[i, j] = ...): build Y from "
                    "whole-array operations instead")
        raise
    if not isinstance(Y, nd.NDArray) or Y.shape != cases["corr2d/head"].shape:
        return f"corr2d should return an NDArray of shape {cases['corr2d/head'].shape}"
    Y.backward(_nd(cases["corr2d/head"]))
    return (mismatch(X.grad, cases["corr2d/grad_X"], 1e-4, 1e-5, name="the gradient of X")
            or mismatch(K.grad, cases["corr2d/grad_K"], 1e-4, 1e-5, name="the gradient of K"))


def _conv2d_params(cls, cases):
    layer = cls(cases["Conv2D/weight"].shape)
    layer.initialize()
    layer(_nd(cases["Conv2D/X"]))
    shapes = [p.shape for p in layer.collect_params().values()]
    if shapes != [cases["Conv2D/weight"].shape, (1,)]:
        return (f"Conv2D((2, 2)) should create a weight of shape (2, 2) and then a bias of "
                f"shape (1,), got parameter shapes {shapes}")
    return None


def _conv2d_forward(cls, cases):
    layer = cls(cases["Conv2D/weight"].shape)
    layer.initialize()
    X = _nd(cases["Conv2D/X"])
    layer(X)
    weight, bias = layer.collect_params().values()
    weight.set_data(_nd(cases["Conv2D/weight"]))
    bias.set_data(_nd(cases["Conv2D/bias"]))
    return mismatch(layer(X), cases["Conv2D/out"], 1e-5, 1e-5, name="Conv2D's output")


def _conv_output_shape(fn, cases):
    for setting, expected in zip(cases["conv_output_shape/settings"],
                                 cases["conv_output_shape/out"]):
        args = [int(v) for v in setting]
        got = fn(*args)
        if not isinstance(got, (tuple, list)) or len(got) != 2:
            return f"conv_output_shape should return a pair (height, width), got {describe(got)}"
        if tuple(got) != tuple(int(v) for v in expected):
            return (f"conv_output_shape{tuple(args)} gave {tuple(got)}, nn.Conv2D gives "
                    f"{tuple(int(v) for v in expected)}")
    return None


def _pool2d(padded):
    def run(fn, cases):
        X = _nd(cases["pool2d/X"])
        for mode in ("max", "avg"):
            if padded:
                got = fn(X, (3, 2), mode, padding=(1, 1), stride=(2, 2))
                key, call = f"{mode}_padded", f"pool2d(X, (3, 2), '{mode}', (1, 1), (2, 2))"
            else:
                got, key, call = fn(X, (2, 3), mode), mode, f"pool2d(X, (2, 3), '{mode}')"
            problem = mismatch(got, cases[f"pool2d/{key}"], 1e-5, 1e-5, name=call)
            if problem:
                return problem
        return None
    return run


def _batch_norm(mode):
    def run(fn, cases):
        for dims in ("fc", "conv"):
            args = [_nd(cases[f"batch_norm/{dims}/{k}"])
                    for k in ("X", "gamma", "beta", "moving_mean", "moving_var")]
            if mode == "predict":
                Y, mean, var = fn(*args, 1e-5, 0.9)
                problem = (mismatch(Y, cases[f"batch_norm/{dims}/predict_Y"], 1e-4, 1e-4,
                                    name=f"Y in prediction mode ({dims} input)")
                           or mismatch(mean, cases[f"batch_norm/{dims}/moving_mean"], 1e-6, 1e-6,
                                       name="moving_mean in prediction mode (it must not "
                                            "change)"))
                if problem:
                    return problem
                continue
            with autograd.record(train_mode=True):
                Y, mean, var = fn(*args, 1e-5, 0.9)
            if mode == "train":
                problem = mismatch(Y, cases[f"batch_norm/{dims}/train_Y"], 1e-4, 1e-4,
                                   name=f"Y in training mode ({dims} input)")
            else:
                problem = (mismatch(mean, cases[f"batch_norm/{dims}/train_mean"], 1e-4, 1e-5,
                                    name=f"the new moving_mean ({dims} input)")
                           or mismatch(var, cases[f"batch_norm/{dims}/train_var"], 1e-4, 1e-5,
                                       name=f"the new moving_var ({dims} input)"))
            if problem:
                return problem
        return None
    return run


def _batchnorm_start(cls, cases):
    net = cls(3, num_dims=4)
    net.initialize()
    params = list(net.collect_params().values())
    if [p.shape for p in params] != [(1, 3, 1, 1)] * 4:
        return ("BatchNorm(3, num_dims=4) should create four parameters, gamma, beta, "
                "moving_mean and moving_var, of shape (1, 3, 1, 1), got shapes "
                f"{[p.shape for p in params]}")
    for what, p, value in zip(("gamma", "beta", "moving_mean", "moving_var"), params,
                              (1, 0, 0, 0)):
        if not np.allclose(p.data().asnumpy(), value):
            return f"{what} should start at {('zeros', 'ones')[value]}" + (
                " (the book starts it at zeros)" if what == "moving_var" else "")
    if [p.grad_req for p in params[2:]] != ["null"] * 2:
        return "the moving statistics take no gradient: create them with grad_req='null'"
    return None


def _batchnorm_steps(cls, cases):
    net = cls(3, num_dims=4)
    net.initialize()
    params = list(net.collect_params().values())
    if len(params) != 4:
        return "the layer should have four parameters: gamma, beta, moving_mean, moving_var"
    params[0].set_data(_nd(cases["BatchNorm/gamma"]))
    params[1].set_data(_nd(cases["BatchNorm/beta"]))
    for i in range(2):
        X = _nd(cases[f"BatchNorm/X{i}"])
        X.attach_grad()  # as inside a network, where X comes from the layers before
        try:
            with autograd.record(train_mode=True):
                Y = net(X)
            Y.backward()  # a training step, as far as the layer is concerned
        except Exception as exc:  # name the usual cause
            if "already in a computational graph" in str(exc):
                return (f"training step {i + 1} failed: store the moving statistics with "
                        "set_data(moving_mean.detach()); a value recorded by autograd cannot "
                        "be copied into a parameter")
            raise
        problem = (mismatch(Y, cases[f"BatchNorm/Y{i}"], 1e-4, 1e-4,
                            name=f"the output of training step {i + 1}")
                   or mismatch(params[2].data(), cases[f"BatchNorm/mean{i}"], 1e-4, 1e-5,
                               name=f"moving_mean after training step {i + 1}")
                   or mismatch(params[3].data(), cases[f"BatchNorm/var{i}"], 1e-4, 1e-5,
                               name=f"moving_var after training step {i + 1}"))
        if problem:
            return problem
    return mismatch(net(_nd(cases["BatchNorm/X2"])), cases["BatchNorm/prediction"], 1e-4, 1e-4,
                    name="the prediction after two training steps")


BLOCK_ARGS = {
    "lenet": ((), False), "vgg_block": ((2, 4), False), "nin_block": ((4, 3, 2, 1), False),
    "Inception": ((2, (3, 4), (2, 5), 3), False), "Residual": ((4, True, 2), True),
    "conv_block": ((4,), True), "DenseBlock": ((2, 3), True),
    "transition_block": ((3,), True),
}


def _recorded_params(cases, name):
    keys = sorted(k for k in cases if k.startswith(f"{name}/param"))
    return [(k.split("_", 1)[1], cases[k]) for k in keys]


def _block(name, forward):
    def run(make, cases):
        args, train_mode = BLOCK_ARGS[name]
        X = _nd(cases[f"{name}/X"])
        net = make(*args)
        if not isinstance(net, gluon.Block):
            return f"{name}{args} should give a Gluon Block, got {describe(net)}"
        net.initialize(force_reinit=True)
        out = net(X)
        expected = cases[f"{name}/out"]
        if not forward and out.shape != expected.shape:
            return f"the output has shape {out.shape}, the book's block gives {expected.shape}"
        params = list(net.collect_params().values())
        want = _recorded_params(cases, name)
        order, problem = match_params(
            [(p.name, p.shape) for p in params], [(kind, v.shape) for kind, v in want])
        if problem or not forward:
            return problem
        for index, (_, value) in zip(order, want):
            params[index].set_data(_nd(value))
        with autograd.record(train_mode=train_mode):
            out = net(X)
        return mismatch(out, expected, 1e-4, 1e-4,
                        name=f"the output with recorded parameters"
                             f"{' (training mode)' if train_mode else ''}")
    return run


def _block_checks(name):
    return [("the output and parameter shapes match the book's block", _block(name, False)),
            ("with recorded parameters the output matches the book's block",
             _block(name, True))]


S51 = "§5.1 二维卷积层"
S53 = "§5.3 多输入通道和多输出通道"
S510 = "§5.10 批量归一化"
S512 = "§5.12 稠密连接网络（DenseNet）"

CHECKS = {
    "corr2d": (S51, [("matches nd.Convolution on a recorded input",
                      _recorded("corr2d", "X", "K")),
                     ("autograd can differentiate it (recorded gradients)", _corr2d_grad)]),
    "Conv2D": (S51, [("creates a weight of shape kernel_size and a bias of shape (1,)",
                      _conv2d_params),
                     ("matches nd.Convolution plus the bias with recorded parameters",
                      _conv2d_forward)]),
    "conv_output_shape": ("§5.2 填充和步幅", [("matches nn.Conv2D on three recorded settings",
                                           _conv_output_shape)]),
    "corr2d_multi_in": (S53, [("matches nd.Convolution on a recorded input",
                               _recorded("corr2d_multi_in", "X", "K"))]),
    "corr2d_multi_in_out": (S53, [("matches nd.Convolution on a recorded input",
                                   _recorded("corr2d_multi_in_out", "X", "K"))]),
    "corr2d_multi_in_out_1x1": (S53, [("matches nd.Convolution with 1x1 kernels",
                                       _recorded("corr2d_multi_in_out_1x1", "X", "K"))]),
    "pool2d": ("§5.4 池化层", [("max and avg match nd.Pooling with its defaults (stride 1)",
                             _pool2d(False)),
                            ("padding and stride match nd.Pooling", _pool2d(True))]),
    "lenet": ("§5.5 卷积神经网络（LeNet）", _block_checks("lenet")),
    "vgg_block": ("§5.7 使用重复元素的网络（VGG）", _block_checks("vgg_block")),
    "nin_block": ("§5.8 网络中的网络（NiN）", _block_checks("nin_block")),
    "Inception": ("§5.9 含并行连结的网络（GoogLeNet）", _block_checks("Inception")),
    "batch_norm": (S510, [("training mode matches nd.BatchNorm on 2-D and 4-D inputs",
                           _batch_norm("train")),
                          ("returns the moving statistics MXNet would keep",
                           _batch_norm("moving")),
                          ("prediction mode uses the moving statistics",
                           _batch_norm("predict"))]),
    "BatchNorm": (S510, [("four parameters; the moving statistics start at zeros",
                          _batchnorm_start),
                         ("two training steps and a prediction match the book",
                          _batchnorm_steps)]),
    "Residual": ("§5.11 残差网络（ResNet）", _block_checks("Residual")),
    "conv_block": (S512, _block_checks("conv_block")),
    "DenseBlock": (S512, _block_checks("DenseBlock")),
    "transition_block": (S512, _block_checks("transition_block")),
}
