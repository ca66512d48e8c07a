"""Public checks for chapter 3 (深度学习基础), on the recorded cases in ``ch03.npz``.

Each check takes the student's object and the recorded cases and returns None when it
passes, or a message saying what is wrong.
"""

import numpy as np
from mxnet import autograd, gluon, nd

from ..compare import describe, mismatch
from . import notebook_globals


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _data_iter_batches(fn):
    features = nd.array(np.column_stack([np.arange(23), np.ones(23)]))
    labels = nd.arange(23) * 2 + 1
    return [(X.asnumpy(), y.asnumpy()) for X, y in fn(5, features, labels)]


def _data_iter_sizes(fn, cases):
    sizes = [len(X) for X, _ in _data_iter_batches(fn)]
    if sizes != [5, 5, 5, 5, 3]:
        return f"23 examples in batches of 5 should give sizes [5, 5, 5, 5, 3], got {sizes}"
    return None


def _data_iter_cover(fn, cases):
    batches = _data_iter_batches(fn)
    ids = sorted(np.concatenate([X[:, 0] for X, _ in batches]).tolist())
    if ids != list(range(23)):
        return "one pass should visit each of the 23 examples exactly once"
    if any(not np.allclose(y, 2 * X[:, 0] + 1) for X, y in batches):
        return "labels do not stay with their features: use the same indices for both"
    return None


def _recorded(name, *inputs, rtol=1e-5, atol=1e-6):
    def run(fn, cases):
        args = [_nd(cases[f"{name}/{k}"]) for k in inputs]
        return mismatch(fn(*args), cases[f"{name}/out"], rtol, atol, name=f"{name}(...)")
    return run


def _shape_like(name, *inputs, shape_of):
    def run(fn, cases):
        got = fn(*[_nd(cases[f"{name}/{k}"]) for k in inputs])
        expected = cases[f"{name}/{shape_of}"].shape
        if getattr(got, "shape", None) != expected:
            return f"the result should have shape {expected}, got {describe(got)}"
        return None
    return run


def _sgd(fn, cases):
    param = _nd(cases["sgd/param"])
    param.attach_grad()
    param.grad[:] = _nd(cases["sgd/grad"])
    result = fn([param], 0.1, 4)
    if result is not None:
        return "sgd should update the parameters in place and return nothing"
    if np.allclose(param.asnumpy(), cases["sgd/param"]):
        return "the parameter did not change: update it in place with param[:] = ..."
    return mismatch(param, cases["sgd/out"], 1e-5, 1e-6, name="the updated parameter")


def _softmax_stable(fn, cases):
    out = fn(nd.array([[100.0, 0.0]]))
    problem = mismatch(out, np.array([[1.0, 0.0]]), 1e-5, 1e-6, name="softmax([[100, 0]])")
    if problem and "NaN" in problem:
        return problem + ": subtract each row's maximum before exp"
    return problem


def _softmax_rows(fn, cases):
    out = fn(_nd(cases["softmax/X"])).asnumpy()
    if not np.allclose(out.sum(axis=1), 1, atol=1e-5):
        return "each row should sum to 1 (normalise along axis=1)"
    return None


def _accuracy_type(fn, cases):
    got = fn(_nd(cases["accuracy/y_hat"]), _nd(cases["accuracy/y"]))
    if not isinstance(got, (float, np.floating)):
        return f"accuracy should return a Python float (use .asscalar()), got {describe(got)}"
    return mismatch(got, cases["accuracy/out"], 1e-6, 1e-6, name="accuracy(...)")


def _relu_input(fn, cases):
    X = _nd(cases["relu/X"])
    before = X.asnumpy().copy()
    fn(X)
    if not np.array_equal(X.asnumpy(), before):
        return "relu changed its input in place: return a new array"
    return None


def _net(fn, cases):
    params = {k: _nd(cases[f"net/{k}"]) for k in ("W1", "b1", "W2", "b2")}
    with notebook_globals(fn, num_inputs=cases["net/W1"].shape[0], **params):
        out = fn(_nd(cases["net/X"]))
    return mismatch(out, cases["net/out"], 1e-4, 1e-5, name="net(X) on recorded parameters")


def _dropout_stats(fn, cases):
    with autograd.train_mode():
        out = fn(nd.ones((200, 500)), 0.3).asnumpy()
    dropped = float((out == 0).mean())
    if abs(dropped - 0.3) > 0.02:
        return f"with drop_prob=0.3 it dropped {dropped:.1%} of the entries"
    kept = out[out != 0]
    if not np.allclose(kept, 1 / 0.7, rtol=1e-5):
        return "kept entries of an all-ones input should equal 1 / (1 - 0.3)"
    return None


def _dropout_edges(fn, cases):
    X = nd.ones((4, 5))
    if not np.allclose(fn(X, 0.0).asnumpy(), 1):
        return "dropout(X, 0) should return X"
    out = fn(X, 1.0).asnumpy()
    if not np.all(out == 0):
        return "dropout(X, 1) should be all zeros (and not NaN)"
    return None


def _log_rmse(fn, cases):
    net = gluon.nn.Dense(1, in_units=cases["log_rmse/weight"].shape[1])
    net.initialize()
    net.weight.set_data(_nd(cases["log_rmse/weight"]))
    net.bias.set_data(_nd(cases["log_rmse/bias"]))
    got = fn(net, _nd(cases["log_rmse/features"]), _nd(cases["log_rmse/labels"]))
    return mismatch(got, cases["log_rmse/out"], 1e-4, 1e-6, name="log_rmse(...)")


def _k_fold(fn, cases):
    got = fn(3, 1, _nd(cases["get_k_fold_data/X"]), _nd(cases["get_k_fold_data/y"]))
    if not isinstance(got, (tuple, list)) or len(got) != 4:
        return "return the four parts (X_train, y_train, X_valid, y_valid)"
    for part, value in zip(("X_train", "y_train", "X_valid", "y_valid"), got):
        problem = mismatch(value, cases[f"get_k_fold_data/{part}"], 0, 0, name=part)
        if problem:
            return problem + " (k=3, i=1, 11 rows)"
    return None


S32 = "§3.2 线性回归的从零开始实现"
S36 = "§3.6 softmax回归的从零开始实现"
S316 = "§3.16 实战Kaggle比赛：房价预测"

CHECKS = {
    "data_iter": (S32, [("batches of batch_size rows and a smaller last batch",
                         _data_iter_sizes),
                        ("every example once, labels with their features", _data_iter_cover)]),
    "linreg": (S32, [("the result has shape (n, 1)", _shape_like("linreg", "X", "w", "b",
                                                                 shape_of="out")),
                     ("matches a Dense(1) layer on a recorded input",
                      _recorded("linreg", "X", "w", "b"))]),
    "squared_loss": (S32, [("one loss per example, in y_hat's shape",
                            _shape_like("squared_loss", "y_hat", "y", shape_of="y_hat")),
                           ("matches gluon.loss.L2Loss on a recorded input",
                            _recorded("squared_loss", "y_hat", "y"))]),
    "sgd": (S32, [("updates in place like gluon.Trainer('sgd')", _sgd)]),
    "softmax": (S36, [("rows sum to 1", _softmax_rows),
                      ("matches nd.softmax on a recorded input", _recorded("softmax", "X")),
                      ("softmax(nd.array([[100, 0]])) is [[1, 0]], not NaN",
                       _softmax_stable)]),
    "cross_entropy": (S36, [("one loss per example, shape (n,)",
                             _shape_like("cross_entropy", "y_hat", "y", shape_of="y")),
                            ("matches SoftmaxCrossEntropyLoss on a recorded input",
                             _recorded("cross_entropy", "y_hat", "y", rtol=1e-4, atol=1e-5))]),
    "accuracy": (S36, [("a float equal to mx.metric.Accuracy on a recorded input",
                        _accuracy_type)]),
    "relu": ("§3.8 多层感知机", [("matches nd.relu on a recorded input", _recorded("relu", "X")),
                              ("leaves its input unchanged", _relu_input)]),
    "net": ("§3.9 多层感知机的从零开始实现",
            [("matches Dense layers on recorded parameters", _net)]),
    "l2_penalty": ("§3.12 权重衰减", [("half the sum of squares on a recorded input",
                                    _recorded("l2_penalty", "w", rtol=1e-4))]),
    "dropout": ("§3.13 丢弃法", [("drops about 30% and rescales the rest", _dropout_stats),
                               ("drop_prob 0 keeps X, drop_prob 1 gives zeros", _dropout_edges)]),
    "log_rmse": (S316, [("matches the book's formula on a recorded model", _log_rmse)]),
    "get_k_fold_data": (S316, [("splits a recorded dataset like the book", _k_fold)]),
}
